package id.warta.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.model.Article;
import java.time.OffsetDateTime;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Editors' picks on the front page, the lead story and newest by section, and "Diperbarui" with dateModified. */
class EditorialSignalsTest {
    private static final Selection NOW = new Selection(
            OffsetDateTime.parse("2024-11-25T12:00:00+07:00").toInstant(), false, false);
    private static final SiteConfig CONFIG = SiteConfig.defaults().withBaseUrl("https://berita.example.id/");

    private static List<Article> newsroom() {
        return List.of(
                NewsroomArticles.in("Ekonomi", "Harga Beras Medium Naik Jelang Natal", "2024-11-22T08:00:00+07:00"),
                NewsroomArticles.picked(NewsroomArticles.in("Nasional", "Pemerintah Tetapkan Cuti Bersama 2025",
                        "2024-11-21T10:00:00+07:00")),
                NewsroomArticles.in("Ekonomi", "Rupiah Menguat Tipis di Awal Pekan", "2024-11-20T09:00:00+07:00"),
                NewsroomArticles.picked(NewsroomArticles.in("Olahraga", "Timnas Tundukkan Arab Saudi di Jakarta",
                        "2024-11-19T21:00:00+07:00")),
                NewsroomArticles.in("Nasional", "DPR Sahkan Revisi Undang-Undang Desa", "2024-11-18T13:00:00+07:00"));
    }

    private static List<String> headlines(List<TeaserView> teasers) {
        return teasers.stream().map(TeaserView::headline).toList();
    }

    @Test
    void theLeadIsTheNewestPickAndTheOtherPicksArePilihanRedaksi() throws Exception {
        RenderedSite site = RenderedSite.build(CONFIG, NOW, newsroom());
        FrontPage front = site.model("index.html", ListPage.class).front();
        assertEquals("Pemerintah Tetapkan Cuti Bersama 2025", front.lead().headline());
        assertEquals(List.of("Timnas Tundukkan Arab Saudi di Jakarta"), headlines(front.picks()));
        Document home = site.html("index.html");
        assertEquals("Pilihan Redaksi", home.selectFirst("#pilihan-redaksi").text());
        assertEquals(List.of("Timnas Tundukkan Arab Saudi di Jakarta"), home.select(".picks li a").eachText());
        assertEquals(1, home.select("h1").size());
    }

    @Test
    void eachSectionShowsItsNewestArticleOtherThanTheLead() throws Exception {
        RenderedSite site = RenderedSite.build(CONFIG, NOW, newsroom());
        FrontPage front = site.model("index.html", ListPage.class).front();
        assertEquals(List.of("Ekonomi", "Nasional", "Olahraga"),
                front.bySection().stream().map(s -> s.section().label()).toList());
        // Nasional's newest is the lead, so its next one stands for it.
        assertEquals(List.of("Harga Beras Medium Naik Jelang Natal", "DPR Sahkan Revisi Undang-Undang Desa",
                "Timnas Tundukkan Arab Saudi di Jakarta"),
                front.bySection().stream().map(s -> s.teaser().headline()).toList());
    }

    @Test
    void withoutPicksTheNewestArticleLeadsAndOnlyTheFirstHomePageHasAFront() throws Exception {
        List<Article> plain = List.of(
                TestArticles.article("Gempa Magnitudo 5,6 Guncang Cianjur", "2024-11-21T13:21:00+07:00"),
                TestArticles.article("Banjir Rendam Ribuan Rumah di Bekasi", "2024-11-22T09:30:00+07:00"),
                TestArticles.article("BMKG Peringatkan Hujan Lebat Sepekan", "2024-11-20T07:00:00+07:00"));
        RenderedSite site = RenderedSite.build(CONFIG.withPaging(2, 50), NOW, plain);
        FrontPage front = site.model("index.html", ListPage.class).front();
        assertEquals("Banjir Rendam Ribuan Rumah di Bekasi", front.lead().headline());
        assertTrue(front.picks().isEmpty());
        assertNull(site.html("index.html").selectFirst(".picks"));
        assertNull(site.model("page/2/index.html", ListPage.class).front());
    }

    @Test
    void anUpdatedArticleSaysDiperbaruiAndSetsDateModified() throws Exception {
        Article updated = NewsroomArticles.updated(NewsroomArticles.in("Nasional",
                "Pemerintah Tetapkan Cuti Bersama 2025", "2024-11-21T10:00:00+07:00"), "2024-11-22T15:45:00+07:00");
        RenderedSite site = RenderedSite.build(CONFIG, NOW, List.of(updated));
        Document page = site.html("pemerintah-tetapkan-cuti-bersama-2025/index.html");
        assertEquals("Diperbarui Jumat, 22 November 2024 15:45 WIB", page.selectFirst(".updated").text());
        assertEquals("2024-11-22T15:45:00+07:00", page.selectFirst(".updated time").attr("datetime"));
        JsonNode article = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data())
                .get("@graph").get(0);
        assertEquals("2024-11-21T10:00:00+07:00", article.get("datePublished").asText());
        assertEquals("2024-11-22T15:45:00+07:00", article.get("dateModified").asText());
        assertEquals("2024-11-22T15:45:00+07:00",
                page.selectFirst("meta[property=article:modified_time]").attr("content"));
        String atom = site.file("atom.xml");
        assertTrue(atom.contains("<published>2024-11-21T10:00:00+07:00</published>\n"
                + "<updated>2024-11-22T15:45:00+07:00</updated>"), atom);
        assertTrue(site.file("feed.json").contains("\"date_modified\": \"2024-11-22T15:45:00+07:00\""));
    }

    @Test
    void anArticleNeverUpdatedHasNoDiperbaruiAndItsModifiedDateIsItsPublication() throws Exception {
        RenderedSite site = RenderedSite.build(CONFIG, NOW, newsroom());
        Document page = site.html("rupiah-menguat-tipis-di-awal-pekan/index.html");
        assertNull(page.selectFirst(".updated"));
        assertFalse(site.file("feed.json").contains("date_modified"));
        assertEquals("2024-11-20T09:00:00+07:00",
                page.selectFirst("meta[property=article:modified_time]").attr("content"));
    }
}
