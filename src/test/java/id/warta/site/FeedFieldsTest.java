package id.warta.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.parse.Slugs;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The fields of the RSS and Atom feeds and of the sitemaps, read back as XML. */
class FeedFieldsTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final String URL = FixtureSiteTest.BASE + Slugs.fromHeadline(FixtureSiteTest.NEWEST) + "/";
    private static RenderedSite site;

    @BeforeAll
    static void build() throws Exception {
        site = RenderedSite.build(FixtureSiteTest.config(),
                new Selection(FixtureArticles.NOW.toInstant(), false, false), FixtureArticles.all());
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent();
    }

    @Test
    void rssItemsHaveStableGuidsRfc822DatesAndFullText() throws Exception {
        Document rss = site.xml("feed.xml");
        Element channel = (Element) rss.getElementsByTagName("channel").item(0);
        assertEquals("id", text(channel, "language"));
        assertEquals(FixtureSiteTest.BASE, text(channel, "link"));
        assertEquals("Mon, 25 Nov 2024 09:15:00 +0700", text(channel, "lastBuildDate"));
        Element item = (Element) rss.getElementsByTagName("item").item(0);
        assertEquals(FixtureSiteTest.NEWEST, text(item, "title"));
        assertEquals(URL, text(item, "guid"));
        assertEquals("true", ((Element) item.getElementsByTagName("guid").item(0)).getAttribute("isPermaLink"));
        String pubDate = text(item, "pubDate");
        assertEquals("Mon, 25 Nov 2024 09:15:00 +0700", pubDate);
        ZonedDateTime.parse(pubDate, DateTimeFormatter.RFC_1123_DATE_TIME);
        String html = item.getElementsByTagNameNS("http://purl.org/rss/1.0/modules/content/", "encoded").item(0)
                .getTextContent();
        assertTrue(html.contains("<p class=\"lede\"><strong class=\"dateline\">Jakarta –</strong> Harga Emas Antam"), html);
        assertTrue(html.contains("Pemerintah menyatakan akan mengevaluasi"), "full text, not a summary");
        assertTrue(html.contains("href=\"" + FixtureSiteTest.BASE), "read-also links are absolute: " + html);
    }

    @Test
    void atomEntriesHaveIdsAndRfc3339Dates() throws Exception {
        Document atom = site.xml("atom.xml");
        Element feed = atom.getDocumentElement();
        assertEquals("id", feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertEquals("2024-11-25T09:15:00+07:00", feed.getElementsByTagNameNS(ATOM, "updated").item(0)
                .getTextContent());
        Element entry = (Element) feed.getElementsByTagNameNS(ATOM, "entry").item(0);
        assertEquals(URL, entry.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent());
        assertEquals("2024-11-25T09:15:00+07:00", entry.getElementsByTagNameNS(ATOM, "published").item(0)
                .getTextContent());
        assertEquals("Dimas Prakoso", entry.getElementsByTagNameNS(ATOM, "name").item(0).getTextContent());
        assertEquals("html", ((Element) entry.getElementsByTagNameNS(ATOM, "content").item(0)).getAttribute("type"));
    }

    @Test
    void newsSitemapNamesThePublicationLanguageDateAndTitle() throws Exception {
        Document news = site.xml("news-sitemap.xml");
        assertEquals("PT Warta Nusantara Media", news.getElementsByTagNameNS(NEWS, "name").item(0).getTextContent());
        assertEquals("id", news.getElementsByTagNameNS(NEWS, "language").item(0).getTextContent());
        assertEquals("2024-11-25T09:15:00+07:00", news.getElementsByTagNameNS(NEWS, "publication_date").item(0)
                .getTextContent());
        assertEquals(URL, news.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc").item(0)
                .getTextContent());
    }

    @Test
    void sitemapGivesArticlesTheirDateAsLastmod() throws Exception {
        String xml = site.file("sitemap.xml");
        assertTrue(xml.contains("<loc>" + URL + "</loc>\n<lastmod>2024-11-25T09:15:00+07:00</lastmod>"), xml);
    }
}
