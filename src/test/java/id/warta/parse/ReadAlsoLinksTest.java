package id.warta.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import id.warta.model.Article;
import id.warta.model.Block;
import id.warta.model.Credits;
import id.warta.model.Dateline;
import id.warta.model.HeadlineSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadAlsoLinksTest {

    private static Article article(Block... body) {
        return new Article("a.txt", "Judul", HeadlineSource.FRONT_MATTER, "judul", Dateline.NONE, null, null, null,
                List.of(), false, null, null, List.of(body), List.of(), List.of(), Credits.NONE, null, List.of(),
                List.of());
    }

    @Test
    void aReadAlsoWhoseTitleIsInLinksGetsThatUrl() {
        Article article = article(new Block.Paragraph(0, "Satu.", 1),
                new Block.ReadAlso("Baca juga", "Harga Beras Turun", null, 0, 2));
        Article linked = ReadAlsoLinks.apply(article, Map.of("Harga Beras Turun", "https://x.id/beras"));
        assertEquals("https://x.id/beras", linked.readAlso().get(0).href());
        assertEquals(article.paragraphs(), linked.paragraphs());
    }

    @Test
    void titlesMatchRegardlessOfSpacingAndCase() {
        Article linked = ReadAlsoLinks.apply(article(new Block.ReadAlso("Baca juga", "harga  beras turun", null, -1, 1)),
                Map.of("Harga Beras Turun", "https://x.id/beras"));
        assertEquals("https://x.id/beras", linked.readAlso().get(0).href());
    }

    @Test
    void onlyHttpUrlsBecomeLinks() {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("A", "javascript:alert(1)");
        links.put("B", "data:text/html,x");
        links.put("C", "/relatif");
        Article linked = ReadAlsoLinks.apply(article(new Block.ReadAlso("Baca juga", "A", null, -1, 1),
                new Block.ReadAlso("Baca juga", "B", null, -1, 2), new Block.ReadAlso("Baca juga", "C", null, -1, 3)),
                links);
        linked.readAlso().forEach(r -> assertNull(r.href(), r.title()));
    }

    @Test
    void aLinkAlreadyGivenIsKeptAndUnknownTitlesStayWithoutOne() {
        Article linked = ReadAlsoLinks.apply(article(new Block.ReadAlso("Baca juga", "A", "https://asli.id/a", -1, 1),
                new Block.ReadAlso("Baca juga", "B", null, -1, 2)), Map.of("A", "https://lain.id/a"));
        assertEquals("https://asli.id/a", linked.readAlso().get(0).href());
        assertNull(linked.readAlso().get(1).href());
    }

    @Test
    void withoutLinksTheArticleIsReturnedAsIs() {
        Article article = article(new Block.Paragraph(0, "Satu.", 1));
        assertSame(article, ReadAlsoLinks.apply(article, Map.of()));
    }
}
