package id.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code warta parse --json}: the documented shape, and the seed article read as the issue describes it. */
class ParseCommandJsonTest {
    private static final String SEED = "content/000_1a02eec7eecc1808.txt";

    private static JsonNode parseJson(String... files) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("parse", "--json"));
        args.addAll(List.of(files));
        int code = Warta.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        assertEquals(ExitCodes.OK, code, err.toString());
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void theSeedParsesAsTheNewsroomReadsIt() throws Exception {
        JsonNode seed = parseJson(SEED).get(0);

        assertEquals(SEED, seed.get("file").asText());
        assertEquals("Amerika Serikat (AS) Mulai Menjalin Komunikasi dengan Rusia melalui Perwira Militernya",
                seed.get("headline").asText());
        assertEquals("lede", seed.get("headlineSource").asText());
        assertEquals("Nextren.com", seed.get("outlet").asText());
        assertTrue(seed.get("dateline").isNull());
        assertTrue(seed.get("date").isNull());
        assertEquals(17, seed.get("paragraphs").size());
        assertTrue(seed.get("paragraphs").get(0).asText().startsWith("Amerika Serikat (AS) mulai"));
        assertEquals(2, seed.get("readAlso").size());
        assertEquals("AS Mulai Hilang Kesabaran, Ajak Korsel Hadapi Ancaman China dan Korea Utara",
                seed.get("readAlso").get(0).get("title").asText());
        assertEquals(2, seed.get("readAlso").get(0).get("afterParagraph").asInt());
        assertTrue(seed.get("readAlso").get(0).get("href").isNull());
        assertEquals("Rusia Pamer Senjata Laser 'Peresvet': Bisa Butakan Satelit dan Lumpuhkan Penerbangan",
                seed.get("readAlso").get(1).get("title").asText());
        assertEquals(13, seed.get("readAlso").get(1).get("afterParagraph").asInt());
        assertEquals(List.of("Reuters"), texts(seed.get("attributions")));
        assertEquals(2, seed.get("quotes").size());
        for (JsonNode quote : seed.get("quotes")) {
            assertEquals("juru bicara Mark Milley", quote.get("speaker").asText());
        }
        assertEquals("(*)", seed.get("endMarker").asText());
    }

    @Test
    void showsThePeopleInstitutionsAndPlacesTheSeedNames() throws Exception {
        JsonNode entities = parseJson(SEED).get(0).get("entities");

        assertEquals(List.of("Mark Milley", "Valery Gerasimov", "Lloyd Austin", "Tod Walters"),
                texts(entities.get("people")));
        assertEquals(List.of(), texts(entities.get("institutions")));
        assertEquals(List.of("Amerika Serikat", "Rusia", "Ukraina", "Jerman"), texts(entities.get("places")));
    }

    @Test
    void printsOneObjectPerFileInArgumentOrder(@TempDir Path dir) throws Exception {
        Path second = dir.resolve("kedua.txt");
        Files.writeString(second, "---\ntitle: Judul Kedua\ndate: 2024-11-21 09:30\ntags: [a, b]\n---\nIsi berita.\n");

        JsonNode all = parseJson(SEED, second.toString());

        assertEquals(2, all.size());
        assertEquals(second.toString(), all.get(1).get("file").asText());
        assertEquals("Judul Kedua", all.get(1).get("headline").asText());
        assertEquals("frontMatter", all.get(1).get("headlineSource").asText());
        assertEquals("2024-11-21T09:30:00+07:00", all.get(1).get("date").asText());
        assertEquals(List.of("a", "b"), texts(all.get(1).get("tags")));
        for (String field : List.of("slug", "author", "credits", "noise", "warnings", "quotes", "readAlso")) {
            assertTrue(all.get(1).has(field), "missing " + field);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }
}
