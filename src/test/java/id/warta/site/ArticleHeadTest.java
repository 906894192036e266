package id.warta.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.parse.Slugs;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The head of an article page: description, canonical, Open Graph, Twitter card and JSON-LD. */
class ArticleHeadTest {
    private static final String TITLE = "Banjir Rob Genangi Pesisir Utara Jakarta";
    private static final String URL = FixtureSiteTest.BASE + Slugs.fromHeadline(TITLE) + "/";
    private static Document page;
    private static JsonNode graph;

    @BeforeAll
    static void build() throws Exception {
        RenderedSite site = RenderedSite.build(FixtureSiteTest.config(),
                new Selection(FixtureArticles.NOW.toInstant(), false, false), FixtureArticles.all());
        page = site.html(Slugs.fromHeadline(TITLE) + "/index.html");
        graph = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data())
                .get("@graph");
    }

    private static String meta(String property) {
        var element = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return element == null ? null : element.attr("content");
    }

    @Test
    void describesThePageWithTheLedeWhenFrontMatterHasNoDescription() {
        assertEquals("Banjir Rob Genangi Pesisir Utara Jakarta menjadi sorotan warga pada pekan"
                + " ini, menurut keterangan resmi yang diterima redaksi.", meta("description"));
        assertEquals(URL, page.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void carriesOpenGraphAndTwitterFields() {
        assertEquals("article", meta("og:type"));
        assertEquals(TITLE, meta("og:title"));
        assertEquals(URL, meta("og:url"));
        assertEquals("Warta", meta("og:site_name"));
        assertEquals("id_ID", meta("og:locale"));
        assertEquals(FixtureSiteTest.BASE + "images/foto/banjir-jakarta.png", meta("og:image"));
        assertEquals("2024-11-25T06:10:00+07:00", meta("article:published_time"));
        assertEquals("2024-11-25T06:10:00+07:00", meta("article:modified_time"));
        assertEquals("Rina Wulandari", meta("article:author"));
        assertEquals(List.of("nasional", "bencana", "cuaca"),
                page.select("meta[property=article:tag]").eachAttr("content"));
        assertEquals("summary_large_image", meta("twitter:card"));
        assertEquals(TITLE, meta("twitter:title"));
    }

    @Test
    void describesTheArticleAsNewsArticleJsonLd() {
        JsonNode article = graph.get(0);
        assertEquals("NewsArticle", article.get("@type").asText());
        assertEquals(TITLE, article.get("headline").asText());
        assertEquals("2024-11-25T06:10:00+07:00", article.get("datePublished").asText());
        assertEquals("2024-11-25T06:10:00+07:00", article.get("dateModified").asText());
        assertEquals("Rina Wulandari", article.at("/author/name").asText());
        assertEquals("PT Warta Nusantara Media", article.at("/publisher/name").asText());
        assertEquals(FixtureSiteTest.BASE + "images/logo.png", article.at("/publisher/logo/url").asText());
        assertEquals(FixtureSiteTest.BASE + "images/foto/banjir-jakarta.png", article.at("/image/0").asText());
        assertEquals(URL, article.at("/mainEntityOfPage/@id").asText());
        assertEquals("id", article.get("inLanguage").asText());
        assertEquals("nasional, bencana, cuaca", article.get("keywords").asText());
        assertEquals("nasional", article.get("articleSection").asText());
        assertEquals("Antara", article.at("/isBasedOn/0/publisher/name").asText());
        assertEquals("Antara", article.at("/citation/0").asText());
    }

    @Test
    void addsTheBreadcrumbTrailAsJsonLd() {
        JsonNode list = graph.get(1);
        assertEquals("BreadcrumbList", list.get("@type").asText());
        assertEquals(3, list.get("itemListElement").size());
        assertEquals(FixtureSiteTest.BASE, list.at("/itemListElement/0/item").asText());
        assertEquals(FixtureSiteTest.BASE + "tag/nasional/", list.at("/itemListElement/1/item").asText());
        assertEquals(URL, list.at("/itemListElement/2/item").asText());
        assertEquals(3, list.at("/itemListElement/2/position").asInt());
    }

    @Test
    void leavesOutAbsoluteUrlsWithoutABaseUrl() throws Exception {
        RenderedSite site = RenderedSite.build(FixtureSiteTest.config().withBaseUrl(null),
                new Selection(FixtureArticles.NOW.toInstant(), false, false), FixtureArticles.all());
        Document local = site.html(Slugs.fromHeadline(TITLE) + "/index.html");
        assertNull(local.selectFirst("link[rel=canonical]"));
        assertNull(local.selectFirst("meta[property=og:url]"));
        assertNull(local.selectFirst("meta[property=og:image]"));
        assertNull(local.selectFirst("link[rel=alternate]"));
        assertEquals("../images/foto/banjir-jakarta.png", local.selectFirst("figure img").attr("src"));
        assertEquals("../index.html", local.selectFirst(".breadcrumbs a").attr("href"));
        for (String path : List.of("feed.xml", "atom.xml", "sitemap.xml", "news-sitemap.xml")) {
            assertFalse(site.files().containsKey(path), path);
        }
        assertEquals("User-agent: *\nAllow: /\n", site.file("robots.txt"));
    }

    @Test
    void jsonLdWithoutABaseUrlLeavesItsUrlFieldsOutInsteadOfWritingRelativeOnes() throws Exception {
        RenderedSite site = RenderedSite.build(FixtureSiteTest.config().withBaseUrl(null),
                new Selection(FixtureArticles.NOW.toInstant(), false, false), FixtureArticles.all());
        Document local = site.html(Slugs.fromHeadline(TITLE) + "/index.html");
        JsonNode localGraph = new ObjectMapper().readTree(
                local.selectFirst("script[type=application/ld+json]").data()).get("@graph");

        assertEquals(1, localGraph.size(), "no BreadcrumbList without absolute item URLs");
        JsonNode article = localGraph.get(0);
        assertEquals(TITLE, article.get("headline").asText());
        assertEquals("PT Warta Nusantara Media", article.at("/publisher/name").asText());
        for (String field : List.of("/url", "/mainEntityOfPage", "/image", "/publisher/logo")) {
            assertTrue(article.at(field).isMissingNode(), field + " in " + article);
        }
    }
}
