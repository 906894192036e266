package id.warta.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * sitemap.xml validates against the sitemaps.org 0.9 schema and news-sitemap.xml against it plus the Google News 0.9
 * extension, offline; every listed URL is a page of the site.
 */
class SitemapsTest {
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

    static Schema sitemapSchema;

    @BeforeAll
    static void loadSchema() {
        sitemapSchema = SitemapSchemas.sitemapWithNews();
    }

    /** Sitemaps need absolute URLs, so they are only required of builds with --base-url. */
    static List<BuiltSite> sites() {
        return BuiltSite.shared().stream().filter(site -> site.baseUrl() != null).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void sitemapIsValidAndListsOnlyPagesOfTheSite(BuiltSite site) throws Exception {
        Path sitemap = site.root().resolve("sitemap.xml");
        assertTrue(Files.isRegularFile(sitemap), site + "/sitemap.xml is missing");
        Schema schema = isIndex(sitemap) ? SitemapSchemas.sitemapIndex() : sitemapSchema;
        List<String> problems = new ArrayList<>(SitemapSchemas.violations(schema, sitemap, site + "/sitemap.xml"));
        problems.addAll(unreachableLocs(site, sitemap));
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void newsSitemapIsValidGoogleNewsInIndonesian(BuiltSite site) throws Exception {
        Path sitemap = site.root().resolve("news-sitemap.xml");
        if (!site.hasDatedArticles()) {
            assertFalse(Files.exists(sitemap), site + " has no dated article, so no news sitemap (an empty one is invalid)");
            return;
        }
        assertTrue(Files.isRegularFile(sitemap), site + "/news-sitemap.xml is missing");
        List<String> problems = new ArrayList<>(
                SitemapSchemas.violations(sitemapSchema, sitemap, site + "/news-sitemap.xml"));
        problems.addAll(unreachableLocs(site, sitemap));
        Document document = parse(sitemap);
        NodeList news = document.getElementsByTagNameNS(NEWS_NS, "news");
        if (news.getLength() == 0) {
            problems.add(site + "/news-sitemap.xml: no news:news entry");
        }
        NodeList languages = document.getElementsByTagNameNS(NEWS_NS, "language");
        for (int i = 0; i < languages.getLength(); i++) {
            if (!"id".equals(languages.item(i).getTextContent().strip())) {
                problems.add(site + "/news-sitemap.xml: news:language " + languages.item(i).getTextContent());
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void schemasAcceptTheSampleSitemaps() throws Exception {
        BuiltSite samples = FeedsTest.samples();
        for (String name : List.of("sitemap.xml", "news-sitemap.xml")) {
            Path file = samples.root().resolve(name);
            assertEquals(List.of(), SitemapSchemas.violations(sitemapSchema, file, name));
            assertEquals(List.of(), unreachableLocs(samples, file));
        }
    }

    @Test
    void schemasRejectANewsEntryWithoutLanguageOrTimeZone() throws Exception {
        Path file = FeedsTest.samples().root().resolve("news-sitemap-without-language.xml");
        List<String> problems = SitemapSchemas.violations(sitemapSchema, file, "news-sitemap-without-language.xml");
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().anyMatch(p -> p.contains("sitemap-news/0.9\":language}' is expected")), () -> String.join("\n", problems));
        assertTrue(problems.stream().anyMatch(p -> p.contains("2024-11-21T14:15:00")), () -> String.join("\n", problems));
    }

    @Test
    void schemaLoadingNeverReachesForTheNetwork(@TempDir Path tmp) throws Exception {
        Path withRemoteImport = tmp.resolve("remote.xml");
        Files.writeString(withRemoteImport, """
                <?xml version="1.0"?>
                <!DOCTYPE urlset SYSTEM "http://example.invalid/sitemap.dtd">
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>
                """);
        List<String> problems = SitemapSchemas.violations(sitemapSchema, withRemoteImport, "remote.xml");
        assertTrue(problems.stream().anyMatch(p -> p.contains("refusing to fetch http://example.invalid/sitemap.dtd")),
                () -> "a document that asks for a remote DTD must be refused, not fetched: " + problems);
    }

    private static List<String> unreachableLocs(BuiltSite site, Path sitemap) throws Exception {
        List<String> problems = new ArrayList<>();
        NodeList locs = parse(sitemap).getElementsByTagNameNS(SITEMAP_NS, "loc");
        for (int i = 0; i < locs.getLength(); i++) {
            String loc = ((Element) locs.item(i)).getTextContent().strip();
            if (site.fileFor(loc, sitemap) == null) {
                problems.add(site + "/" + sitemap.getFileName() + ": <loc>" + loc + "</loc> is no file of the site");
            }
        }
        return problems;
    }

    private static boolean isIndex(Path sitemap) throws Exception {
        return "sitemapindex".equals(parse(sitemap).getDocumentElement().getLocalName());
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
