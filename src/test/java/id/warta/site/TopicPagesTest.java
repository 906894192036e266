package id.warta.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.content.SourceFiles;
import id.warta.model.Article;
import id.warta.parse.ArticleParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The seed site's topic pages: the people, institutions and places its article names. */
class TopicPagesTest {
    private static final Path SEED = Path.of("content/000_1a02eec7eecc1808.txt");
    private static final SiteConfig CONFIG = SiteConfig.defaults().withBaseUrl("https://warta.example/");
    private static final String ARTICLE = "amerika-serikat-as-mulai-menjalin-komunikasi-dengan-rusia-melalui-perwira"
            + "/index.html";

    private static Article seed() throws Exception {
        return new ArticleParser().parse(SourceFiles.fromBytes(SEED.toString(), Files.readAllBytes(SEED)));
    }

    private static RenderedSite site(SiteConfig config) throws Exception {
        return RenderedSite.build(config, Selection.everything(Instant.MAX), List.of(seed()));
    }

    private static List<String> paths(RenderedSite site, String folder) {
        return site.site().pages().stream().map(Page::outputPath).filter(p -> p.startsWith(folder)).toList();
    }

    @Test
    void theSeedSiteHasOnePageForMarkMilleyAndOneForValeryGerasimovAndNoneForMilleyAlone() throws Exception {
        RenderedSite site = site(CONFIG);
        List<String> people = paths(site, "tokoh/");
        assertTrue(people.contains("tokoh/mark-milley/index.html"), people.toString());
        assertTrue(people.contains("tokoh/valery-gerasimov/index.html"), people.toString());
        assertFalse(people.stream().anyMatch(p -> p.startsWith("tokoh/milley/") || p.startsWith("tokoh/gerasimov/")),
                people.toString());
        for (String page : List.of("tokoh/mark-milley/index.html", "tokoh/valery-gerasimov/index.html")) {
            Document html = site.html(page);
            String folder = ARTICLE.replace("index.html", "");
            assertEquals(List.of("../../" + folder), html.select("main a[href*=" + folder + "]").eachAttr("href")
                    .stream().distinct().toList(), page);
        }
    }

    @Test
    void eachKindHasAnIndexAndEachTopicAFeed() throws Exception {
        RenderedSite site = site(CONFIG);
        Document people = site.html("tokoh/index.html");
        assertEquals(List.of("Lloyd Austin", "Mark Milley", "Tod Walters", "Valery Gerasimov"),
                people.select("ul.terms a").eachText());
        assertTrue(site.html("tempat/index.html").select("ul.terms a").eachText().contains("Ukraina"));
        assertTrue(site.file("tokoh/mark-milley/feed.xml").contains("<title>Mark Milley | Warta</title>"));
        assertTrue(site.file("sitemap.xml").contains("https://warta.example/tokoh/mark-milley/"));
    }

    @Test
    void theArticleLinksItsTopicsAndNamesThemInItsJsonLd() throws Exception {
        RenderedSite site = site(CONFIG);
        Document html = site.html(ARTICLE);
        assertEquals("Tokoh dan lembaga dalam berita ini", html.select("section.entities h2").text());
        assertEquals(List.of("Mark Milley", "Valery Gerasimov", "Lloyd Austin", "Tod Walters"),
                html.select("section.entities dt:containsOwn(Tokoh) + dd a").eachText());
        assertEquals("../tokoh/mark-milley/",
                html.select("section.entities a:containsOwn(Mark Milley)").attr("href"));
        String jsonLd = html.select("script[type=application/ld+json]").html();
        assertTrue(jsonLd.contains("\"about\":[{\"@type\":\"Place\",\"name\":\"Amerika Serikat\""), jsonLd);
        assertTrue(jsonLd.contains("{\"@type\":\"Person\",\"name\":\"Mark Milley\","
                + "\"url\":\"https://warta.example/tokoh/mark-milley/\"}"), jsonLd);
    }

    @Test
    void aTopicNamedInFewerArticlesThanTheThresholdGetsNoPageAndNoLink() throws Exception {
        RenderedSite site = site(CONFIG.withEntityThreshold(2));
        assertEquals(List.of("tokoh/index.html"), paths(site, "tokoh/"));
        assertTrue(site.html(ARTICLE).select("section.entities").isEmpty());
    }
}
