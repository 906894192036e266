package id.warta.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.model.Article;
import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lede opens with the dateline as the outlet wrote it; the front matter's {@code outlet:} fills a gap. */
class DatelineShownTest {

    private static Document page(Article article) throws Exception {
        RenderedSite site = RenderedSite.build(SiteConfig.defaults(), Selection.everything(Instant.MAX),
                List.of(article));
        return site.html(article.slug() + "/index.html");
    }

    private static Article article(String frontMatter, String body) {
        return ParsedArticles.parse("berita.txt", "---\ntitle: Banjir Rob Rendam Pesisir Surabaya\n"
                + "date: 2024-11-21 09:30\n" + frontMatter + "---\n" + body + "\n"
                + "Petugas BPBD mencatat genangan setinggi 40 sentimeter di permukiman warga.\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "TRIBUNNEWS.COM, SURABAYA - Banjir rob merendam kawasan pesisir utara.|TRIBUNNEWS.COM, SURABAYA -",
        "Jakarta (ANTARA) - Banjir rob merendam kawasan pesisir utara.|Jakarta (ANTARA) -",
        "JAKARTA, KOMPAS.com - Banjir rob merendam kawasan pesisir utara.|JAKARTA, KOMPAS.com -",
        "Surabaya, CNN Indonesia -- Banjir rob merendam kawasan pesisir utara.|Surabaya, CNN Indonesia --",
        "KONTAN.CO.ID - JAKARTA. Banjir rob merendam kawasan pesisir utara.|KONTAN.CO.ID - JAKARTA.",
        "Liputan6.com, Surabaya Banjir rob merendam kawasan pesisir utara.|Liputan6.com, Surabaya \u2013"})
    void theLedeOpensWithTheDatelineAsWritten(String lede, String shown) throws Exception {
        Element first = page(article("", lede)).selectFirst(".article-body p.lede");

        assertEquals(shown, first.selectFirst("strong.dateline").text());
        assertEquals(shown + " Banjir rob merendam kawasan pesisir utara.", first.text());
    }

    @Test
    void aPlaceAloneOnItsLineGetsTheDashOutletsPrintAfterIt() throws Exception {
        Element first = page(article("", "Surabaya\nBanjir rob merendam kawasan pesisir utara."))
                .selectFirst(".article-body p.lede");

        assertEquals("Surabaya \u2013 Banjir rob merendam kawasan pesisir utara.", first.text());
    }

    @Test
    void frontMatterOutletOpensALedeThatHasNoDatelineAndNamesTheSource() throws Exception {
        Document page = page(article("outlet: kumparan\n", "Banjir rob merendam kawasan pesisir utara Surabaya."));

        assertEquals("kumparan \u2013", page.selectFirst("p.lede strong.dateline").text());
        assertEquals(List.of(), page.select(".credits dt").eachText(), "the dateline already names the outlet");
        JsonNode news = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data())
                .at("/@graph/0");
        assertEquals("NewsMediaOrganization", news.at("/sourceOrganization/@type").asText());
        assertEquals("kumparan", news.at("/sourceOrganization/name").asText());
    }

    @Test
    void frontMatterOutletBesideAPlaceOnlyDatelineIsCreditedNotWrittenIn() throws Exception {
        Document page = page(article("outlet: detikNews\n", "Surabaya - Banjir rob merendam kawasan pesisir utara."));

        assertEquals("Surabaya -", page.selectFirst("p.lede strong.dateline").text());
        Element credit = page.selectFirst(".credits div");
        assertEquals("Media detikNews", credit.text());
    }

    @Test
    void theTextsOwnOutletWinsOverFrontMatter() throws Exception {
        Article article = article("outlet: Kabar Surabaya\n",
                "SURABAYA, KOMPAS.com - Banjir rob merendam kawasan pesisir utara.");

        assertEquals("KOMPAS.com", article.dateline().outlet());
        assertTrue(page(article).select(".credits").isEmpty());
    }
}
