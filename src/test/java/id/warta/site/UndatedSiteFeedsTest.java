package id.warta.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.model.Article;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A site whose articles carry no date: its feeds and sitemaps leave the build date out instead of inventing 1970. */
class UndatedSiteFeedsTest {

    @Test
    void feedsAndSitemapsOfAnUndatedSiteNameNoBuildDate() throws Exception {
        List<Article> undated = FixtureArticles.all().stream().map(UndatedSiteFeedsTest::withoutDate).toList();
        RenderedSite site = RenderedSite.build(FixtureSiteTest.config(),
                new Selection(FixtureArticles.NOW.toInstant(), false, false), undated);

        List<String> feeds = site.files().keySet().stream()
                .filter(p -> p.endsWith(".xml") || p.endsWith(".json") && p.contains("feed")).toList();
        assertTrue(feeds.contains("feed.xml"), "feeds built: " + feeds);
        for (Map.Entry<String, String> file : site.files().entrySet()) {
            if (feeds.contains(file.getKey())) {
                assertFalse(file.getValue().contains("1970"), file.getKey() + " names 1970");
            }
        }
        assertEquals(0, site.xml("feed.xml").getElementsByTagName("lastBuildDate").getLength());
        assertFalse(site.file("feed.xml").contains("<pubDate>"), "an undated item has no pubDate");
    }

    private static Article withoutDate(Article a) {
        return new Article(a.source(), a.headline(), a.headlineSource(), a.slug(), a.dateline(), null, a.author(),
                a.description(), a.tags(), a.draft(), a.image(), a.imageCaption(), a.body(), a.attributions(),
                a.quotes(), a.credits(), a.endMarker(), a.noise(), a.problems(), a.editorial());
    }
}
