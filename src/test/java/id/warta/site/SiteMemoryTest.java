package id.warta.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import id.warta.model.Article;
import id.warta.model.Block;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The preview server's memory of how articles were placed is reused only when nothing moved. */
class SiteMemoryTest {
    private static final SiteConfig CONFIG = SiteConfig.defaults();

    private static List<Article> site() {
        List<Article> articles = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            articles.add(TestArticles.article("Berita Nomor " + i + " dari Kota", "2024-05-0" + i + "T10:00:00+07:00",
                    List.of(i % 2 == 0 ? "ekonomi" : "politik"), List.of()));
        }
        return articles;
    }

    private static Article withBody(Article article, String text) {
        return new Article(article.source(), article.headline(), article.headlineSource(), article.slug(),
                article.dateline(), article.date(), article.author(), article.description(), article.tags(),
                article.draft(), article.image(), article.imageCaption(), List.of(new Block.Paragraph(0, text, 1)),
                article.attributions(), article.quotes(), article.credits(), article.endMarker(), article.noise(),
                article.problems());
    }

    @Test
    void aBodyEditReusesThePlacementWithTheEditedArticleSwappedIn() {
        SiteMemory memory = new SiteMemory();
        List<Article> articles = site();
        SiteShape before = memory.shapeFor(CONFIG, articles);
        Article original = articles.get(4);
        Article edited = withBody(original, "Isi yang disunting.");
        articles.set(4, edited);

        SiteShape after = memory.shapeFor(CONFIG, articles);

        assertSame(before.resolver, after.resolver, "headlines did not change, so neither did read-also targets");
        assertEquals(SiteShape.of(CONFIG, articles).ordered, after.ordered);
        assertEquals(before.paths.get(original), after.paths.get(edited));
        List<Article> related = after.related.of(articles.get(6));
        assertEquals(List.of(edited), related.stream().filter(a -> a.source().equals(edited.source())).toList(),
                "related lists name the new version");
        assertSame(edited, related.stream().filter(a -> a.source().equals(edited.source())).findFirst().orElseThrow());
        assertEquals(1, after.tags.stream().filter(g -> g.articles().stream().anyMatch(a -> a == edited)).count());
        assertEquals(0, after.tags.stream().filter(g -> g.articles().stream().anyMatch(a -> a == original)).count());
    }

    @Test
    void aMovedArticleMakesTheNextBuildWorkEverythingOut() {
        SiteMemory memory = new SiteMemory();
        List<Article> articles = site();
        SiteShape before = memory.shapeFor(CONFIG, articles);
        articles.set(2, TestArticles.article("Judul Lain Sama Sekali", "2024-05-03T10:00:00+07:00"));

        SiteShape after = memory.shapeFor(CONFIG, articles);

        assertNotSame(before.resolver, after.resolver);
        assertEquals(SiteShape.of(CONFIG, articles).paths.values().stream().sorted().toList(),
                after.paths.values().stream().sorted().toList());
    }

    @Test
    void otherSettingsMakeTheNextBuildWorkEverythingOut() {
        SiteMemory memory = new SiteMemory();
        List<Article> articles = site();
        SiteShape before = memory.shapeFor(CONFIG, articles);
        SiteShape after = memory.shapeFor(CONFIG.withBaseUrl("https://contoh.id/"), articles);
        assertNotSame(before.resolver, after.resolver);
    }
}
