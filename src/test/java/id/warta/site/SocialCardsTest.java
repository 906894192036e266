package id.warta.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.card.CardImage;
import id.warta.model.Article;
import id.warta.parse.Slugs;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Articles without an image of their own get a social card, named in their head; all articles get share links. */
class SocialCardsTest {
    private static final String WITHOUT_IMAGE = "Harga Emas Antam Naik Rp 10.000 per Gram";
    private static final String WITH_IMAGE = "Banjir Rob Genangi Pesisir Utara Jakarta";
    private static List<Article> articles;
    private static RenderedSite site;

    @BeforeAll
    static void build() throws Exception {
        articles = FixtureArticles.all();
        site = RenderedSite.build(FixtureSiteTest.config(), selection(), articles);
    }

    private static Selection selection() {
        return new Selection(FixtureArticles.NOW.toInstant(), false, false);
    }

    private static String folder(String headline) {
        return Slugs.fromHeadline(headline) + "/";
    }

    private static String meta(Document page, String property) {
        var element = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return element == null ? null : element.attr("content");
    }

    private static Map<String, SiteFile> cards(Site built) {
        return built.files().stream().collect(Collectors.toMap(SiteFile::outputPath, f -> f));
    }

    @Test
    void anArticleWithoutAnImageNamesItsCardAsItsImage() throws Exception {
        Document page = site.html(folder(WITHOUT_IMAGE) + "index.html");
        String card = FixtureSiteTest.BASE + folder(WITHOUT_IMAGE) + "kartu.png";
        assertEquals(card, meta(page, "og:image"));
        assertEquals("1200", meta(page, "og:image:width"));
        assertEquals("630", meta(page, "og:image:height"));
        assertEquals(card, meta(page, "twitter:image"));
        assertEquals("summary_large_image", meta(page, "twitter:card"));
        JsonNode article = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data())
                .get("@graph").get(0);
        assertEquals(card, article.get("image").get(0).asText());

        SiteFile file = cards(site.site()).get(folder(WITHOUT_IMAGE) + "kartu.png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(file.bytes().get()));
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
        CardImage maker = (CardImage) file.bytes();
        assertEquals(WITHOUT_IMAGE, maker.spec().headline());
        assertEquals("Warta", maker.spec().siteName());
        assertEquals("ekonomi", maker.spec().label());
        assertTrue(maker.spec().date().matches("(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \\d+ \\p{L}+ 2024"),
                maker.spec().date());
    }

    @Test
    void anArticleWithItsOwnImageGetsNoCard() {
        Document page = site.html(folder(WITH_IMAGE) + "index.html");
        assertEquals(FixtureSiteTest.BASE + "images/foto/banjir-jakarta.png", meta(page, "og:image"));
        assertNull(meta(page, "og:image:width"), "the size of an image of one's own is not known");
        assertFalse(cards(site.site()).containsKey(folder(WITH_IMAGE) + "kartu.png"));
        long withoutImage = articles.stream().filter(a -> a.image() == null && !a.draft())
                .filter(a -> a.date() == null || !a.date().isAfter(FixtureArticles.NOW)).count();
        assertEquals(withoutImage, cards(site.site().files()).size(), "one card per shown article without an image");
    }

    @Test
    void siteYamlCanTurnCardsOffAndWithoutABaseUrlThereAreNone() throws Exception {
        RenderedSite off = RenderedSite.build(FixtureSiteTest.config().withSocialCards(false), selection(), articles);
        assertEquals(List.of(), cards(off.site().files()));
        Document page = off.html(folder(WITHOUT_IMAGE) + "index.html");
        assertNull(meta(page, "og:image"));
        assertEquals("summary", meta(page, "twitter:card"));

        Site relative = new SiteBuilder(FixtureSiteTest.config().withBaseUrl(null), selection()).build(articles);
        assertEquals(List.of(), cards(relative.files()), "link previews need absolute URLs: no cards without a base URL");
    }

    @Test
    void shareLinksCarryTheArticlesUrlAndHeadlineEncoded() {
        Document page = site.html(folder(WITHOUT_IMAGE) + "index.html");
        String url = FixtureSiteTest.BASE + folder(WITHOUT_IMAGE);
        String encodedUrl = "https%3A%2F%2Fberita.example.id%2F" + Slugs.fromHeadline(WITHOUT_IMAGE) + "%2F";
        String encodedTitle = "Harga%20Emas%20Antam%20Naik%20Rp%2010.000%20per%20Gram";
        assertEquals(List.of(
                "https://wa.me/?text=" + encodedTitle + "%20" + encodedUrl,
                "https://www.facebook.com/sharer/sharer.php?u=" + encodedUrl,
                "https://x.com/intent/tweet?text=" + encodedTitle + "&url=" + encodedUrl,
                "https://t.me/share/url?url=" + encodedUrl + "&text=" + encodedTitle,
                url), page.select(".share a").eachAttr("href"));
        assertEquals(List.of("WhatsApp", "Facebook", "X", "Telegram", "Salin tautan"),
                page.select(".share a").eachText());
        assertEquals("../assets/share.js", page.selectFirst("script[src$=share.js]").attr("src"));
        assertTrue(page.select("script[src^=http]").isEmpty(), "no third-party script");
    }

    @Test
    void aHostileHeadlineStaysInsideItsQueryValue() {
        assertEquals("%22%3E%3Cscript%3E%26x%3D1%23%20%D8%A7", ShareLinks.query("\"><script>&x=1# ا"));
    }

    @Test
    void withoutABaseUrlThereAreNoShareLinks() throws Exception {
        RenderedSite relative = RenderedSite.build(FixtureSiteTest.config().withBaseUrl(null), selection(), articles);
        Document page = relative.html(folder(WITHOUT_IMAGE) + "index.html");
        assertTrue(page.select(".share").isEmpty());
        assertTrue(page.select("script[src$=share.js]").isEmpty());
    }

    @Test
    void theJsonFeedHasTheRssFeedsItems() throws Exception {
        JsonNode feed = new ObjectMapper().readTree(site.file("feed.json"));
        assertEquals("https://jsonfeed.org/version/1.1", feed.get("version").asText());
        assertEquals(FixtureSiteTest.BASE + "feed.json", feed.get("feed_url").asText());
        var rss = site.xml("feed.xml").getElementsByTagName("item");
        assertEquals(rss.getLength(), feed.get("items").size());
        for (int i = 0; i < rss.getLength(); i++) {
            var item = (org.w3c.dom.Element) rss.item(i);
            JsonNode json = feed.get("items").get(i);
            assertEquals(item.getElementsByTagName("link").item(0).getTextContent(), json.get("url").asText());
            assertEquals(item.getElementsByTagName("title").item(0).getTextContent(), json.get("title").asText());
            assertEquals(item.getElementsByTagName("content:encoded").item(0).getTextContent(),
                    json.get("content_html").asText());
        }
        Document home = site.html("index.html");
        assertEquals("./feed.json", home.selectFirst("link[type=application/feed+json]").attr("href"));
        assertEquals("./feed.json", home.select(".feeds a").last().attr("href"));
    }

    /** The social cards among the generated files (the search index is there too). */
    private static List<SiteFile> cards(List<SiteFile> files) {
        return files.stream().filter(f -> f.outputPath().endsWith(".png")).toList();
    }
}
