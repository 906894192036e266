package id.warta.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.warta.model.Article;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The foot of an article page: one "Sumber" row, whether the sources are cited in the text or credited below. */
class ArticleFooterTest {
    private static final String CITED_AND_CREDITED = """
            ---
            title: Harga Minyak Dunia Turun Tiga Hari Berturut-turut
            date: 2024-11-21 09:30
            ---
            Jakarta (ANTARA) - Harga minyak mentah dunia turun untuk hari ketiga berturut-turut pada Kamis.
            Dilansir dari Reuters, minyak Brent turun 0,8 persen menjadi 72,10 dolar AS per barel.
            Penurunan itu dipicu kekhawatiran melemahnya permintaan dari China.
            Sumber: ANTARA, Reuters, Bloomberg
            Editor: Rina Wulandari
            """;

    private static Document page(Article article) throws Exception {
        RenderedSite site = RenderedSite.build(SiteConfig.defaults(), Selection.everything(java.time.Instant.MAX),
                List.of(article));
        return site.html(article.slug() + "/index.html");
    }

    @Test
    void creditedSourcesJoinTheCitedOnesInOneRow() throws Exception {
        Article article = ParsedArticles.parse("minyak.txt", CITED_AND_CREDITED);
        Document page = page(article);

        List<String> rows = page.select(".article-footer .sources, .article-footer .credits dt").eachText();
        assertEquals(1, rows.stream().filter(r -> r.startsWith("Sumber")).count(), rows.toString());
        Element sources = page.selectFirst(".article-footer .sources");
        assertEquals("Sumber: Reuters, ANTARA, Bloomberg", sources.text());
        assertEquals(List.of("Reuters"), sources.select("a").eachText(), "cited sources link to their pages");
        assertEquals(List.of("Editor"), page.select(".credits dt").eachText());
    }

    @Test
    void aSourceNamedInBothPlacesIsShownOnce() {
        List<LinkView> row = SourceRow.merge(List.of(new LinkView("Antara", "../sumber/antara/index.html")),
                "ANTARA dan Kompas.com");
        assertEquals(List.of(new LinkView("Antara", "../sumber/antara/index.html"), new LinkView("Kompas.com", null)),
                row);
    }

    @Test
    void aCreditedSourceWithoutCitationsIsStillOneRow() throws Exception {
        Article article = ParsedArticles.parse("libur.txt", """
                ---
                title: Pemerintah Tetapkan Cuti Bersama Natal
                date: 2024-11-21 09:30
                ---
                JAKARTA, KOMPAS.com - Pemerintah menetapkan cuti bersama Natal pada 26 Desember 2024.
                Keputusan itu tertuang dalam surat keputusan bersama tiga menteri.
                Sumber: Kemenko PMK
                """);
        Document page = page(article);

        assertEquals("Sumber: Kemenko PMK", page.selectFirst(".article-footer .sources").text());
        assertEquals(List.of(), page.select(".credits dt").eachText());
    }
}
