package id.warta.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.model.Article;
import id.warta.render.Renderer;
import id.warta.site.Page;
import id.warta.site.Site;
import id.warta.site.SiteBuilder;
import id.warta.site.SiteConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every injection vector in every field that reaches a page never becomes markup: the hostile site holds no element,
 * attribute or script the templates did not write for benign text, no event handler and no script URL; JSON-LD stays
 * inside its element and feeds stay well-formed.
 */
class ScriptInjectionTest {

    @TempDir
    Path dir;

    private static Map<String, String> html(Map<String, byte[]> files) {
        Map<String, String> pages = new TreeMap<>();
        files.forEach((path, bytes) -> {
            if (path.endsWith(".html") || path.endsWith(".htm")) {
                pages.put(path, new String(bytes, StandardCharsets.UTF_8));
            }
        });
        return pages;
    }

    private static List<String> violations(Map<String, byte[]> hostile, Map<String, byte[]> benign) {
        List<String> found = new ArrayList<>(MarkupSafety.htmlViolations(html(hostile),
                MarkupSafety.Vocabulary.of(html(benign))));
        hostile.forEach((path, bytes) -> {
            if (path.endsWith(".xml")) {
                found.addAll(MarkupSafety.xmlViolations(path, bytes));
            }
        });
        return found;
    }

    private static String squeeze(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                        && !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static SortedMap<String, byte[]> render(SiteConfig config, List<Article> articles) throws Exception {
        Site site = new SiteBuilder(config).build(articles);
        Renderer renderer = new Renderer(Path.of("templates"), "templates");
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (Page page : site.pages()) {
            files.put(page.outputPath(), renderer.render(page).getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    @Test
    void hostileArticleFieldsAndSiteTitleNeverBecomeMarkup() throws Exception {
        List<String> vectors = HostileArticles.vectors();
        List<String> benignTexts = vectors.stream().map(v -> "Teks aman " + v.length()).toList();
        SiteConfig benignConfig = new SiteConfig("Warta Aman", "Berita aman", null, "id", SiteConfig.JAKARTA, 200);
        Map<String, byte[]> benign = render(benignConfig,
                HostileArticles.articles(benignTexts, "https://berita.example.id/asal"));
        List<String> links = List.of("javascript:alert(1)", "https://berita.example.id/a\"><script>alert(1)</script>",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", " JaVaScRiPt:alert(1)");
        List<String> titles = List.of(vectors.get(0), "</title><script>alert(1)</script>", "\"><svg onload=alert(1)>",
                "</script><script>alert(1)</script>");
        for (int i = 0; i < links.size(); i++) {
            SiteConfig hostileConfig = new SiteConfig(titles.get(i), titles.get(i), null, "id", SiteConfig.JAKARTA,
                    200);
            Map<String, byte[]> hostile = render(hostileConfig, HostileArticles.articles(vectors, links.get(i)));
            assertEquals(List.of(), violations(hostile, benign), "link " + links.get(i) + ", title " + titles.get(i));
        }
    }

    @Test
    void hostileTextIsShownAsTextNotDropped() throws Exception {
        List<String> vectors = HostileArticles.vectors();
        SiteConfig config = SiteConfig.defaults();
        Map<String, String> pages = html(render(config, HostileArticles.articles(vectors, null)));
        Set<String> headlines = pages.values().stream()
                .flatMap(html -> Jsoup.parse(html).select("h1").stream())
                .map(Element::text).map(ScriptInjectionTest::squeeze).collect(Collectors.toCollection(TreeSet::new));
        for (int i = 0; i < vectors.size(); i++) {
            String expected = squeeze("Berita " + i + " " + vectors.get(i));
            assertTrue(headlines.contains(expected), "headline shown as text: " + vectors.get(i));
        }
    }

    @Test
    void hostileContentFilesBuildIntoASiteWithoutExecutableMarkup() throws Exception {
        List<String> vectors = HostileArticles.vectors();
        SiteFixture benign = new SiteFixture(dir.resolve("benign"));
        SiteFixture hostile = new SiteFixture(dir.resolve("hostile"));
        for (int i = 0; i < vectors.size(); i++) {
            String text = "Teks aman " + i;
            benign.write(i + ".txt", HostileArticles.file(i, text, "https://cdn.example.id/foto-" + i + ".jpg"));
            String url = "https://cdn.example.id/foto.jpg?q=" + vectors.get(i).replaceAll("\\s", "");
            hostile.write(i + ".txt", HostileArticles.file(i, vectors.get(i), url));
        }
        SiteFixture.Run benignRun = benign.build("--base-url", "https://berita.example.id/");
        assertEquals(0, benignRun.exitCode(), benignRun.err());
        SiteFixture.Run hostileRun = hostile.build("--base-url", "https://berita.example.id/");
        assertEquals(0, hostileRun.exitCode(), hostileRun.err());
        Map<String, byte[]> hostileFiles = SiteFixture.files(hostile.output);
        assertFalse(html(hostileFiles).isEmpty());
        assertEquals(List.of(), violations(hostileFiles, SiteFixture.files(benign.output)));
    }

    @Test
    void theCheckerItselfCatchesInjectedMarkup() {
        Map<String, String> benign = Map.of("a.html", "<html><body><p class=\"x\">aman</p><a href=\"b.html\">b</a>"
                + "<script type=\"application/ld+json\">{\"a\":1}</script></body></html>");
        MarkupSafety.Vocabulary vocabulary = MarkupSafety.Vocabulary.of(benign);
        for (String bad : List.of("<p class=\"x\" onclick=\"alert(1)\">x</p>", "<img src=x>",
                "<a href=\" java\tscript:alert(1)\">x</a>",
                "<script type=\"application/ld+json\">{\"a\":\"</script><script>alert(1)</script>\"}</script>",
                "<script>alert(1)</script>")) {
            assertFalse(MarkupSafety.htmlViolations(Map.of("a.html", "<html><body>" + bad + "</body></html>"),
                    vocabulary).isEmpty(), bad);
        }
        assertFalse(MarkupSafety.xmlViolations("feed.xml", ("<rss><channel><description>&lt;script&gt;alert(1)"
                + "&lt;/script&gt;</description></channel></rss>").getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertFalse(MarkupSafety.xmlViolations("feed.xml", "<rss><a></rss>".getBytes(StandardCharsets.UTF_8))
                .isEmpty());
    }
}
