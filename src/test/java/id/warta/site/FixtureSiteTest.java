package id.warta.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.model.Article;
import id.warta.model.Problem;
import id.warta.parse.Slugs;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fixture site (30 published articles, drafts, future ones, images) built with the real templates. */
class FixtureSiteTest {
    static final String BASE = "https://berita.example.id/";
    static final String NEWEST = "Harga Emas Antam Naik Rp 10.000 per Gram";
    static final String OLDEST = "Banjir Rendam Ribuan Rumah di Jakarta Timur";
    private static List<Article> articles;
    private static RenderedSite site;

    static SiteConfig config() {
        return SiteConfig.defaults().withPublisher("PT Warta Nusantara Media", "images/logo.png").withPaging(10, 20)
                .withBaseUrl(BASE);
    }

    @BeforeAll
    static void build() throws Exception {
        articles = FixtureArticles.all();
        site = RenderedSite.build(config(), new Selection(FixtureArticles.NOW.toInstant(), false, false), articles);
    }

    private static String path(String headline) {
        return Slugs.fromHeadline(headline) + "/index.html";
    }

    private static List<String> teaserTitles(String path) {
        return site.html(path).select(".teaser-title a").eachText();
    }

    @Test
    void leavesOutDraftsAndFutureArticles() {
        assertEquals(34, articles.size());
        assertEquals(30, site.site().articleCount());
        assertFalse(site.files().containsKey(path("Draf: Rencana Kenaikan PPN 12 Persen")));
        assertFalse(site.files().containsKey(path("Jadwal Final Piala AFF 2024")));
    }

    @Test
    void showsDraftsAndFutureArticlesWhenAsked() throws Exception {
        RenderedSite all = RenderedSite.build(config(), new Selection(FixtureArticles.NOW.toInstant(), true, true),
                articles);
        assertEquals(34, all.site().articleCount());
        assertTrue(all.files().containsKey(path("Jadwal Final Piala AFF 2024")));
        assertTrue(all.files().containsKey(path("Draf: Rencana Kenaikan PPN 12 Persen")));
    }

    @Test
    void paginatesTheHomePageNewestFirst() {
        List<String> first = teaserTitles("index.html");
        assertEquals(10, first.size());
        assertEquals(NEWEST, first.get(0));
        assertEquals(10, teaserTitles("page/2/index.html").size());
        List<String> last = teaserTitles("page/3/index.html");
        assertEquals(10, last.size());
        assertEquals(OLDEST, last.get(last.size() - 1));
        assertFalse(site.files().containsKey("page/4/index.html"));
        assertFalse(site.files().containsKey("page/1/index.html"));
    }

    @Test
    void linksPagesWithPrevNextAndNumbers() {
        Document first = site.html("index.html");
        assertTrue(first.select(".pager-prev").isEmpty());
        assertEquals("./page/2/", first.selectFirst(".pager-next").attr("href"));
        Document middle = site.html("page/2/index.html");
        assertEquals("../../", middle.selectFirst(".pager-prev").attr("href"));
        assertEquals("../../page/3/", middle.selectFirst(".pager-next").attr("href"));
        assertEquals("2", middle.selectFirst(".pager-pages [aria-current=page]").text());
        assertEquals(List.of("1", "2", "3"), middle.select(".pager-pages li").eachText());
        assertTrue(site.html("page/3/index.html").select(".pager-next").isEmpty());
    }

    @Test
    void listsTagsAndPaginatesEachTag() {
        Document tags = site.html("tag/index.html");
        assertTrue(tags.select(".terms a").eachText().containsAll(List.of("nasional", "sepak bola", "ekonomi")));
        assertEquals(List.of("Timnas Indonesia Kalah dari Jepang di Gelora Bung Karno",
                "Persib Bandung Kokoh di Puncak Klasemen Liga 1", "Pelatih Timnas Puji Disiplin Lini Belakang Garuda",
                "Timnas Indonesia Tahan Imbang Australia di Kualifikasi Piala Dunia"),
                teaserTitles("tag/sepak-bola/index.html"));
        assertEquals(10, teaserTitles("tag/nasional/index.html").size(), "exactly one full page");
        assertFalse(site.files().containsKey("tag/nasional/page/2/index.html"));
        assertTrue(site.html("tag/nasional/index.html").select(".pager").isEmpty());
    }

    @Test
    void listsArticlesBySource() {
        assertEquals(List.of("AFP", "Antara", "Reuters"), site.html("sumber/index.html").select(".terms a").eachText());
        assertEquals(8, teaserTitles("sumber/reuters/index.html").size());
        assertEquals(5, teaserTitles("sumber/afp/index.html").size());
    }

    @Test
    void archivesDatedArticlesByMonth() {
        assertEquals(List.of("November 2024", "Oktober 2024", "September 2024"),
                site.html("arsip/index.html").select(".terms a").eachText());
        assertEquals(9, teaserTitles("arsip/2024/09/index.html").size());
        assertEquals(10, teaserTitles("arsip/2024/10/index.html").size());
        assertEquals(3, teaserTitles("arsip/2024/10/page/2/index.html").size());
        assertEquals(8, teaserTitles("arsip/2024/11/index.html").size());
    }

    @Test
    void showsTagsRelatedArticlesAndNeighboursOnAnArticle() {
        Document page = site.html(path("Timnas Indonesia Kalah dari Jepang di Gelora Bung Karno"));
        assertEquals(List.of("olahraga", "sepak bola"), page.select(".tags a").eachText());
        assertEquals("../tag/sepak-bola/", page.select(".tags a").get(1).attr("href"));
        // Ranked by shared tags, then newest: the sources an article cites do not count.
        assertEquals(List.of("Pelatih Timnas Puji Disiplin Lini Belakang Garuda",
                "Persib Bandung Kokoh di Puncak Klasemen Liga 1", "Gregoria Melaju ke Final Denmark Open",
                "Timnas Indonesia Tahan Imbang Australia di Kualifikasi Piala Dunia",
                "Badai Milton Hantam Florida, Jutaan Warga Tanpa Listrik"),
                page.select(".related a").eachText());
        Document second = site.html(path("Banjir Rob Genangi Pesisir Utara Jakarta"));
        assertTrue(second.selectFirst(".newer").text().endsWith(NEWEST));
        assertTrue(second.selectFirst(".older").text()
                .endsWith("Hasil Hitung Cepat Pilkada Jakarta Tunjukkan Persaingan Ketat"));
        assertNull(site.html(path(NEWEST)).selectFirst(".newer"));
        assertNull(site.html(path(OLDEST)).selectFirst(".older"));
    }

    @Test
    void showsBreadcrumbsAndTheImageInAFigure() {
        Document page = site.html(path("Banjir Rob Genangi Pesisir Utara Jakarta"));
        assertEquals(List.of("Beranda", "nasional", "Banjir Rob Genangi Pesisir Utara Jakarta"),
                page.select(".breadcrumbs li").eachText());
        Element figure = page.selectFirst("figure.lead-image");
        assertNotNull(figure);
        assertEquals("../images/foto/banjir-jakarta.png", figure.selectFirst("img").attr("src"));
        assertEquals("Foto ilustrasi untuk berita banjir", figure.selectFirst("figcaption").text());
    }

    @Test
    void resolvesReadAlsoTitlesExactlyAndByCloseMatch() {
        Document rupiah = site.html(path("Rupiah Melemah Tipis Jelang Keputusan Suku Bunga The Fed"));
        assertTrue(rupiah.select(".read-also a").eachAttr("href")
                .contains("../" + Slugs.fromHeadline("IHSG Ditutup Menguat Didorong Saham Perbankan") + "/"));
        Document beras = site.html(path("Pemerintah Siapkan Operasi Pasar untuk Tekan Harga Beras"));
        assertTrue(beras.select(".read-also a").eachText()
                .contains("Pemerintah Siapkan Operasi Pasar untuk Menekan Harga Beras"));
        List<Problem> warnings = site.site().problems();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).file().endsWith("11-kominfo.txt"));
        assertTrue(warnings.get(0).line() > 0);
        assertFalse(warnings.get(0).isError());
    }

    @Test
    void feedsHoldTheNewestArticlesOfTheSiteAndOfEachTag() throws Exception {
        assertEquals(20, site.xml("feed.xml").getElementsByTagName("item").getLength());
        assertEquals(20, site.xml("atom.xml").getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry")
                .getLength());
        assertEquals(4, site.xml("tag/sepak-bola/feed.xml").getElementsByTagName("item").getLength());
        assertNotNull(site.html("tag/sepak-bola/index.html").selectFirst(".listing-feed a[href$=tag/sepak-bola/feed.xml]"));
    }

    @Test
    void sitemapListsEveryPageButTheNotFoundAndSearchPages() throws Exception {
        long htmlPages = site.files().keySet().stream().filter(p -> p.endsWith(".html") && !p.equals("404.html")
                && !p.equals("cari/index.html")).count();
        var urls = site.xml("sitemap.xml").getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9",
                "loc");
        assertEquals(htmlPages, urls.getLength());
        assertEquals(BASE, urls.item(0).getTextContent());
    }

    @Test
    void newsSitemapHoldsTheLastTwoDays() throws Exception {
        var titles = site.xml("news-sitemap.xml").getElementsByTagNameNS(
                "http://www.google.com/schemas/sitemap-news/0.9", "title");
        assertEquals(3, titles.getLength());
        assertEquals(NEWEST, titles.item(0).getTextContent());
        assertEquals("Hasil Hitung Cepat Pilkada Jakarta Tunjukkan Persaingan Ketat", titles.item(2).getTextContent());
    }

    @Test
    void robotsNamesBothSitemaps() {
        assertEquals("User-agent: *\nAllow: /\nSitemap: " + BASE + "sitemap.xml\nSitemap: " + BASE
                + "news-sitemap.xml\n", site.file("robots.txt"));
    }
}
