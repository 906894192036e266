package id.warta.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.model.Article;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Sections (rubrik): their listings and feeds, the masthead's order, and the kicker above each headline. */
class SectionPagesTest {
    private static final Selection NOW = new Selection(
            OffsetDateTime.parse("2024-11-25T12:00:00+07:00").toInstant(), false, false);
    private static final SiteConfig CONFIG = SiteConfig.defaults().withPaging(2, 50);

    private static List<Article> newsroom() {
        return List.of(
                NewsroomArticles.in("Ekonomi", "Harga Beras Medium Naik Jelang Natal", "2024-11-22T08:00:00+07:00"),
                NewsroomArticles.in("Nasional", "Pemerintah Tetapkan Cuti Bersama 2025", "2024-11-21T10:00:00+07:00"),
                NewsroomArticles.in("Olahraga", "Timnas Tundukkan Arab Saudi di Jakarta", "2024-11-20T21:00:00+07:00"),
                NewsroomArticles.in("Olahraga", "Pelatih Timnas Puji Lini Belakang", "2024-11-20T23:00:00+07:00"),
                NewsroomArticles.in("ekonomi", "Rupiah Menguat Tipis di Awal Pekan", "2024-11-18T09:00:00+07:00"),
                NewsroomArticles.in("Ekonomi", "Stok BBM Aman Selama Libur Akhir Tahun", "2024-11-17T09:00:00+07:00"),
                TestArticles.article("Gempa Magnitudo 5,6 Guncang Cianjur", "2024-11-16T13:21:00+07:00"));
    }

    private static List<String> labels(List<LinkView> links) {
        return links.stream().map(LinkView::label).toList();
    }

    @Test
    void sectionsNotInSiteYamlFollowBySizeThenName() throws Exception {
        RenderedSite site = RenderedSite.build(CONFIG, NOW, newsroom());
        // Ekonomi has three (one spelled "ekonomi", the same slug), Olahraga two, Nasional one.
        assertEquals(List.of("Ekonomi", "Olahraga", "Nasional"),
                labels(site.model("index.html", ListPage.class).info().sections()));
    }

    @Test
    void siteYamlOrdersTheSectionsItNamesAndTheRestFollow() throws Exception {
        RenderedSite site = RenderedSite.build(CONFIG.withSections(List.of("Nasional", "Megapolitan", "Olahraga")),
                NOW, newsroom());
        // Megapolitan has no article and so no page: it is not linked.
        assertEquals(List.of("Nasional", "Olahraga", "Ekonomi"),
                labels(site.model("index.html", ListPage.class).info().sections()));
        Document home = site.html("index.html");
        assertEquals(List.of("./rubrik/nasional/index.html", "./rubrik/olahraga/index.html",
                "./rubrik/ekonomi/index.html"), home.select("nav.sections-nav a").eachAttr("href"));
        assertEquals("Rubrik", home.selectFirst("nav.sections-nav").attr("aria-label"));
    }

    @Test
    void aSectionIsPaginatedNewestFirst() throws Exception {
        RenderedSite site = RenderedSite.build(CONFIG, NOW, newsroom());
        assertEquals(List.of("Harga Beras Medium Naik Jelang Natal", "Rupiah Menguat Tipis di Awal Pekan"),
                site.model("rubrik/ekonomi/index.html", ListPage.class).items().stream()
                        .map(TeaserView::headline).toList());
        assertEquals(List.of("Stok BBM Aman Selama Libur Akhir Tahun"),
                site.model("rubrik/ekonomi/page/2/index.html", ListPage.class).items().stream()
                        .map(TeaserView::headline).toList());
        Document page = site.html("rubrik/ekonomi/index.html");
        assertEquals("Ekonomi", page.selectFirst("h1").text());
        assertEquals(List.of("Beranda", "Rubrik", "Ekonomi"), page.select("nav.breadcrumbs li").eachText());
        assertTrue(site.file("rubrik/index.html").contains("Olahraga"));
    }

    @Test
    void eachSectionHasAFeedWithABaseUrl() throws Exception {
        RenderedSite site = RenderedSite.build(CONFIG.withBaseUrl("https://berita.example.id/"), NOW, newsroom());
        String feed = site.file("rubrik/olahraga/feed.xml");
        assertTrue(feed.contains("<title>Olahraga | Warta</title>"), feed);
        assertTrue(feed.contains("Berita terbaru di rubrik Olahraga"), feed);
        assertTrue(feed.contains("https://berita.example.id/pelatih-timnas-puji-lini-belakang/"), feed);
        assertFalse(feed.contains("harga-beras"), feed);
        assertTrue(site.file("sitemap.xml").contains("https://berita.example.id/rubrik/olahraga/</loc>"));
        assertTrue(site.file("sitemap.xml").contains("https://berita.example.id/rubrik/ekonomi/page/2/</loc>"));
    }

    @Test
    void theKickerAboveAHeadlineIsItsSectionLinked() throws Exception {
        RenderedSite site = RenderedSite.build(CONFIG, NOW, newsroom());
        Element kicker = site.html("pemerintah-tetapkan-cuti-bersama-2025/index.html").selectFirst("p.kicker a");
        assertEquals("Nasional", kicker.text());
        assertEquals("../rubrik/nasional/index.html", kicker.attr("href"));
        Element teaser = site.html("index.html").select("li.teaser").get(1);
        assertEquals("Nasional", teaser.selectFirst("p.kicker a").text());
        assertEquals("./rubrik/nasional/index.html", teaser.selectFirst("p.kicker a").attr("href"));
        assertNull(site.html("gempa-magnitudo-5-6-guncang-cianjur/index.html").selectFirst("p.kicker"));
        assertEquals(List.of("Beranda", "Nasional", "Pemerintah Tetapkan Cuti Bersama 2025"),
                site.html("pemerintah-tetapkan-cuti-bersama-2025/index.html").select("nav.breadcrumbs li")
                        .eachText());
    }

    @Test
    void manyArticlesOfOneSectionFillItsPagesInOrder() throws Exception {
        List<Article> many = IntStream.rangeClosed(1, 5).mapToObj(i -> NewsroomArticles.in("Megapolitan",
                "Banjir Rob Jakarta Utara Hari Ke-" + i, "2024-11-0" + i + "T07:00:00+07:00")).toList();
        Site site = new SiteBuilder(CONFIG, NOW).build(many);
        List<String> paths = site.pages().stream().map(Page::outputPath)
                .filter(p -> p.startsWith("rubrik/megapolitan/")).toList();
        assertEquals(List.of("rubrik/megapolitan/index.html", "rubrik/megapolitan/page/2/index.html",
                "rubrik/megapolitan/page/3/index.html"), paths);
    }
}
