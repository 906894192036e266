package id.warta.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** feed.xml (RSS 2.0) and atom.xml (Atom 1.0) parse with ROME and carry what feed readers need. */
class FeedsTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("id.warta.quality.BuiltSite#shared")
    void rssFeedParsesAndEveryItemLeadsToAPage(BuiltSite site) throws Exception {
        Path feed = site.root().resolve("feed.xml");
        if (site.baseUrl() == null) {
            assertFalse(Files.exists(feed), site + ": feeds need absolute links, so none without --base-url");
            return;
        }
        assertTrue(Files.isRegularFile(feed), site + "/feed.xml is missing");
        List<String> problems = problems(site, feed, "rss_2.0");
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("id.warta.quality.BuiltSite#shared")
    void atomFeedParsesAndEveryEntryLeadsToAPage(BuiltSite site) throws Exception {
        Path feed = site.root().resolve("atom.xml");
        if (site.baseUrl() == null) {
            assertFalse(Files.exists(feed), site + ": feeds need absolute links, so none without --base-url");
            return;
        }
        assertTrue(Files.isRegularFile(feed), site + "/atom.xml is missing");
        List<String> problems = problems(site, feed, "atom_1.0");
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void checksAcceptWellFormedSampleFeeds() throws Exception {
        BuiltSite samples = samples();
        assertEquals(List.of(), problems(samples, samples.root().resolve("feed.xml"), "rss_2.0"));
        assertEquals(List.of(), problems(samples, samples.root().resolve("atom.xml"), "atom_1.0"));
    }

    @Test
    void checksRejectAFeedWithoutLanguageDatesOrReachableLinks(@TempDir Path tmp) throws Exception {
        BuiltSite samples = samples();
        Path broken = tmp.resolve("feed.xml");
        Files.writeString(broken, Files.readString(samples.root().resolve("feed.xml"))
                .replace("<language>id</language>", "")
                .replace("<pubDate>Thu, 21 Nov 2024 14:15:00 +0700</pubDate>", "")
                .replace("<link>https://berita.example.id/harga-beras-medium/</link>",
                        "<link>https://berita.example.id/tidak-ada/</link>"));
        List<String> problems = problems(new BuiltSite("t", samples.content(), samples.root(), samples.baseUrl()),
                broken, "rss_2.0");
        assertEquals(3, problems.size(), () -> String.join("\n", problems));
    }

    static BuiltSite samples() throws URISyntaxException {
        Path root = Path.of(FeedsTest.class.getResource("/quality/samples/index.html").toURI()).getParent();
        return new BuiltSite("samples", BuiltSite.FIXTURE_CONTENT, root, BuiltSite.BASE_URL);
    }

    /** Atom states its language as xml:lang on the root, which ROME does not carry over to SyndFeed. */
    private static String rootXmlLang(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        String lang = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement()
                .getAttributeNS(XMLConstants.XML_NS_URI, "lang");
        return lang.isEmpty() ? null : lang;
    }

    /** Everything wrong with one feed, as readable lines; empty when it is fine. */
    static List<String> problems(BuiltSite site, Path file, String expectedType) throws Exception {
        String name = site + "/" + file.getFileName();
        SyndFeed feed;
        try (InputStream in = Files.newInputStream(file)) {
            feed = new SyndFeedInput().build(new XmlReader(in));
        }
        List<String> problems = new ArrayList<>();
        if (!expectedType.equals(feed.getFeedType())) {
            problems.add(name + ": is " + feed.getFeedType() + ", expected " + expectedType);
        }
        if (feed.getTitle() == null || feed.getTitle().isBlank()) {
            problems.add(name + ": has no title");
        }
        String language = feed.getLanguage() != null ? feed.getLanguage() : rootXmlLang(file);
        if (!"id".equals(language)) {
            problems.add(name + ": language is " + language + ", expected id");
        }
        if (feed.getEntries().isEmpty() && site.hasDatedArticles()) {
            problems.add(name + ": has no entries");
        }
        for (SyndEntry entry : feed.getEntries()) {
            String entryName = name + ": entry \"" + entry.getTitle() + "\"";
            if (entry.getTitle() == null || entry.getTitle().isBlank()) {
                problems.add(entryName + " has no title");
            }
            if (entry.getPublishedDate() == null) {
                problems.add(entryName + " has no publication date");
            }
            if (entry.getLink() == null || site.fileFor(entry.getLink(), file) == null) {
                problems.add(entryName + " links to " + entry.getLink() + ", which is no page of the site");
            }
        }
        return problems;
    }
}
