package id.warta.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.model.Block;
import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Article text that looks like markup stays text in pages, in JSON-LD and in feeds. */
class EscapingTest {
    private static final String HOSTILE = "Awas </script><script>alert(1)</script> <!-- & \"kutip\"";

    @Test
    void markupInArticleTextNeverBecomesMarkup() throws Exception {
        RenderedSite site = RenderedSite.build(SiteConfig.defaults().withBaseUrl("https://b.example.id/"),
                Selection.everything(Instant.parse("2024-11-25T05:00:00Z")),
                List.of(TestArticles.withBody(HOSTILE, "2024-11-25T09:00:00+07:00",
                        List.of(new Block.Paragraph(0, HOSTILE, 1)))));
        String path = site.site().pages().stream().filter(p -> p.template().equals("article.ftlh")).findFirst()
                .orElseThrow().outputPath();
        String html = site.file(path);
        assertFalse(html.contains("</script><script>"), "no closing tag can end the JSON-LD early: " + html);
        Document page = site.html(path);
        assertEquals(1, page.select("script:not([src])").size(), "only the JSON-LD script is inline");
        assertEquals(List.of("../assets/images.js", "../assets/share.js"), page.select("script[src]").eachAttr("src"),
                "and the theme's own picture-fallback and share scripts");
        assertEquals("", page.selectFirst("script[src]").data());
        assertEquals(HOSTILE, new ObjectMapper().readTree(site.file("feed.json")).at("/items/0/title").asText());
        assertEquals(HOSTILE, page.selectFirst("h1").text());
        String json = page.selectFirst("script[type=application/ld+json]").data();
        assertEquals(HOSTILE, new ObjectMapper().readTree(json).at("/@graph/0/headline").asText());
        var rss = site.xml("feed.xml");
        assertEquals(HOSTILE, rss.getElementsByTagName("item").item(0).getFirstChild().getNextSibling()
                .getTextContent());
        String encoded = rss.getElementsByTagNameNS("http://purl.org/rss/1.0/modules/content/", "encoded").item(0)
                .getTextContent();
        assertTrue(encoded.contains("Awas &lt;/script&gt;&lt;script&gt;"), "HTML in the feed is escaped once: "
                + encoded);
    }
}
