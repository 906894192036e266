package id.warta.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** JSON-LD blocks parse as JSON, and every fixture article page carries a complete NewsArticle. */
class JsonLdTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("id.warta.quality.BuiltSite#shared")
    void everyJsonLdBlockParsesAndNamesItsType(BuiltSite site) {
        List<String> problems = new ArrayList<>();
        for (Path page : site.htmlPages()) {
            String name = site + "/" + site.relative(page);
            for (JsonNode object : JsonLdChecks.objects(Jsoup.parse(site.read(page)), name, problems)) {
                if (object.path("@type").isMissingNode()) {
                    problems.add(name + ": JSON-LD object without @type");
                }
                if (JsonLdChecks.isType(object, "BreadcrumbList")) {
                    problems.addAll(JsonLdChecks.breadcrumbProblems(object, name));
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("id.warta.quality.BuiltSite#sharedFixtures")
    void everyArticlePageCarriesACompleteNewsArticle(BuiltSite site) {
        List<FixtureTitles.ArticlePage> pages = FixtureTitles.articlePages(site);
        assertFalse(pages.isEmpty(), site + ": no article pages found");
        boolean anyJsonLd = pages.stream()
                .anyMatch(p -> !p.document().select("script[type=application/ld+json]").isEmpty());
        assertTrue(anyJsonLd, "no JSON-LD on " + site + " article pages");
        List<String> problems = new ArrayList<>();
        for (FixtureTitles.ArticlePage page : pages) {
            String name = site + "/" + site.relative(page.file());
            List<JsonNode> articles = JsonLdChecks.objects(page.document(), name, problems).stream()
                    .filter(o -> JsonLdChecks.isType(o, "NewsArticle")).toList();
            if (articles.size() != 1) {
                problems.add(name + ": expected one NewsArticle, found " + articles.size());
            }
            for (JsonNode article : articles) {
                problems.addAll(JsonLdChecks.newsArticleProblems(article, name, hasImage(page.document()),
                        site.baseUrl() != null));
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void checksRejectAnIncompleteNewsArticle() {
        Document page = Jsoup.parse("""
                <meta property="og:image" content="foto.jpg">
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
                "headline":"%s","datePublished":"21/11/2024","author":{},"publisher":{"name":"Warta"},
                "inLanguage":"en"}</script>
                <script type="application/ld+json">{"@type": oops}</script>
                """.formatted("x".repeat(111)));
        List<String> problems = new ArrayList<>();
        List<JsonNode> objects = JsonLdChecks.objects(page, "p", problems);
        assertEquals(1, problems.size(), "the broken block is reported");
        problems.addAll(JsonLdChecks.newsArticleProblems(objects.get(0), "p", hasImage(page), true));
        assertEquals(8, problems.size(), () -> String.join("\n", problems));
    }

    @Test
    void checksAcceptACompleteNewsArticle() {
        Document page = Jsoup.parse("""
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
                "headline":"Harga Beras Medium Turun","datePublished":"2024-11-21T14:15:00+07:00",
                "author":[{"@type":"Person","name":"Dimas Prasetyo"}],
                "publisher":{"@type":"Organization","name":"Warta","logo":{"@type":"ImageObject",
                "url":"https://berita.example.id/logo.png"}},
                "mainEntityOfPage":{"@id":"https://berita.example.id/harga/"},"inLanguage":"id"},
                {"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Beranda",
                "item":"https://berita.example.id/"}]}]}</script>
                """);
        List<String> problems = new ArrayList<>();
        List<JsonNode> objects = JsonLdChecks.objects(page, "p", problems);
        problems.addAll(JsonLdChecks.newsArticleProblems(objects.get(0), "p", false, true));
        problems.addAll(JsonLdChecks.breadcrumbProblems(objects.get(1), "p"));
        assertEquals(List.of(), problems);
    }

    @Test
    void checksRejectRelativeUrlsThatReadersWouldNotResolve() {
        Document page = Jsoup.parse("""
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harga Beras Medium Turun",
                "datePublished":"2024-11-21T14:15:00+07:00","author":{"@type":"Person","name":"Dimas Prasetyo"},
                "publisher":{"@type":"Organization","name":"Warta","logo":{"@type":"ImageObject",
                "url":"../assets/logo.png"}},"mainEntityOfPage":{"@type":"WebPage","@id":"./index.html"},
                "url":"./index.html","inLanguage":"id"}</script>
                """);
        List<String> problems = new ArrayList<>();
        JsonNode article = JsonLdChecks.objects(page, "p", problems).get(0);
        problems.addAll(JsonLdChecks.newsArticleProblems(article, "p", false, false));
        assertEquals(List.of("p: NewsArticle has the relative URL `../assets/logo.png`; leave it out or make it"
                + " absolute", "p: NewsArticle has the relative URL `./index.html`; leave it out or make it absolute",
                "p: NewsArticle has the relative URL `./index.html`; leave it out or make it absolute"), problems);
    }

    /** A page "has an image" when it declares one for sharing or shows one in its article. */
    private static boolean hasImage(Document page) {
        return !page.select("meta[property=og:image], article img").isEmpty();
    }
}
