package id.warta.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.model.Article;
import java.time.OffsetDateTime;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Author pages: each author's articles newest first, linked from the byline, and the author as a Person. */
class AuthorPagesTest {
    private static final Selection NOW = new Selection(
            OffsetDateTime.parse("2024-11-25T12:00:00+07:00").toInstant(), false, false);
    private static final SiteConfig CONFIG = SiteConfig.defaults().withPaging(2, 50);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Article> articles() {
        return List.of(
                NewsroomArticles.by("Rina Wulandari", "Banjir Rendam Ribuan Rumah di Bekasi",
                        "2024-11-21T09:30:00+07:00"),
                NewsroomArticles.by("Ahmad Fauzi", "BMKG Peringatkan Hujan Lebat Sepekan",
                        "2024-11-20T07:00:00+07:00"),
                NewsroomArticles.by("Rina Wulandari", "Posko Pengungsian Dibuka di Balai Desa",
                        "2024-11-22T06:00:00+07:00"),
                NewsroomArticles.by("Rina Wulandari", "Warga Bekasi Mulai Bersihkan Rumah",
                        "2024-11-23T08:00:00+07:00"));
    }

    private static JsonNode jsonLd(Document page) throws Exception {
        return JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
    }

    @Test
    void anAuthorsPageListsTheirArticlesNewestFirstOnPages() throws Exception {
        RenderedSite site = RenderedSite.build(CONFIG, NOW, articles());
        assertEquals(List.of("Warga Bekasi Mulai Bersihkan Rumah", "Posko Pengungsian Dibuka di Balai Desa"),
                site.model("penulis/rina-wulandari/index.html", ListPage.class).items().stream()
                        .map(TeaserView::headline).toList());
        assertEquals(List.of("Banjir Rendam Ribuan Rumah di Bekasi"),
                site.model("penulis/rina-wulandari/page/2/index.html", ListPage.class).items().stream()
                        .map(TeaserView::headline).toList());
        assertEquals(List.of("BMKG Peringatkan Hujan Lebat Sepekan"),
                site.model("penulis/ahmad-fauzi/index.html", ListPage.class).items().stream()
                        .map(TeaserView::headline).toList());
        assertTrue(site.file("penulis/index.html").contains("Ahmad Fauzi"));
    }

    @Test
    void theBylineLinksToTheAuthorsPage() throws Exception {
        RenderedSite site = RenderedSite.build(CONFIG, NOW, articles());
        var byline = site.html("bmkg-peringatkan-hujan-lebat-sepekan/index.html").selectFirst(".byline a");
        assertEquals("Ahmad Fauzi", byline.text());
        assertEquals("../penulis/ahmad-fauzi/index.html", byline.attr("href"));
    }

    @Test
    void theAuthorIsAPersonWithTheUrlOfTheirPageWhenABaseUrlIsKnown() throws Exception {
        RenderedSite site = RenderedSite.build(CONFIG.withBaseUrl("https://berita.example.id/"), NOW, articles());
        JsonNode person = jsonLd(site.html("penulis/rina-wulandari/page/2/index.html"));
        assertEquals("Person", person.get("@type").asText());
        assertEquals("Rina Wulandari", person.get("name").asText());
        assertEquals("https://berita.example.id/penulis/rina-wulandari/", person.get("url").asText());
        JsonNode author = jsonLd(site.html("bmkg-peringatkan-hujan-lebat-sepekan/index.html"))
                .get("@graph").get(0).get("author");
        assertEquals("Person", author.get("@type").asText());
        assertEquals("https://berita.example.id/penulis/ahmad-fauzi/", author.get("url").asText());
    }

    @Test
    void withoutABaseUrlThePersonHasNoUrl() throws Exception {
        RenderedSite site = RenderedSite.build(CONFIG, NOW, articles());
        JsonNode person = jsonLd(site.html("penulis/ahmad-fauzi/index.html"));
        assertEquals("Ahmad Fauzi", person.get("name").asText());
        assertFalse(person.has("url"));
    }
}
