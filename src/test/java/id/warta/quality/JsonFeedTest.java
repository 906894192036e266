package id.warta.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** feed.json passes a JSON Schema of JSON Feed 1.1, and holds the RSS feed's items, each leading to a page. */
class JsonFeedTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Schema schema() throws IOException {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
        try (InputStream in = JsonFeedTest.class.getResourceAsStream("/quality/jsonfeed-1.1.schema.json")) {
            return registry.getSchema(in);
        }
    }

    private static List<String> errors(JsonNode feed) throws IOException {
        return schema().validate(feed).stream().map(Error::toString).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("id.warta.quality.BuiltSite#shared")
    void feedJsonPassesTheJsonFeedSchemaAndEveryItemLeadsToAPage(BuiltSite site) throws Exception {
        Path feed = site.root().resolve("feed.json");
        if (site.baseUrl() == null) {
            assertFalse(Files.exists(feed), site + ": feeds need absolute links, so none without --base-url");
            return;
        }
        JsonNode json = JSON.readTree(feed.toFile());
        assertEquals(List.of(), errors(json), site + "/feed.json");
        int rssItems = Files.readString(site.root().resolve("feed.xml")).split("<item>", -1).length - 1;
        assertEquals(rssItems, json.get("items").size(), site + ": the same items as feed.xml");
        List<String> missing = new ArrayList<>();
        for (JsonNode item : json.get("items")) {
            String path = item.get("url").asText().substring(site.baseUrl().length());
            if (!Files.isRegularFile(site.root().resolve(path + "index.html"))) {
                missing.add(item.get("url").asText());
            }
        }
        assertEquals(List.of(), missing, site + ": items whose page is not in the site");
    }

    @Test
    void theSchemaRejectsWhatTheSpecificationForbids() throws Exception {
        ObjectNode feed = (ObjectNode) JSON.readTree("""
                {"version": "https://jsonfeed.org/version/1.1", "title": "Warta", "items": [
                  {"id": "1", "content_html": "<p>a</p>", "date_published": "2024-11-21T09:30:00+07:00",
                   "authors": [{"name": "Rina"}], "tags": ["nasional"]}]}""");
        assertEquals(List.of(), errors(feed));
        ObjectNode item = (ObjectNode) feed.get("items").get(0);
        item.put("date_published", "Kamis, 21 November 2024");
        item.remove("content_html");
        item.put("summry", "typo");
        feed.put("feed_url", "not a url");
        List<String> errors = errors(feed);
        // the wrong date, the lost content (once for each of content_html and content_text), the typo, the URL
        assertEquals(5, errors.size(), () -> String.join("\n", errors));
        assertTrue(errors.stream().anyMatch(e -> e.contains("date_published")), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.contains("summry")), errors::toString);
    }
}
