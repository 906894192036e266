package id.warta.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.model.Article;
import id.warta.model.Block;
import id.warta.model.Problem;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The site model built from articles made in the test: paths, pagination edges, groups, selection, errors. */
class SiteBuilderTest {
    private static final Instant NOW = OffsetDateTime.parse("2024-11-25T12:00:00+07:00").toInstant();
    private static final SiteConfig CONFIG = SiteConfig.defaults().withPaging(3, 50);

    private static Site build(SiteConfig config, List<Article> articles) {
        return new SiteBuilder(config, new Selection(NOW, false, false)).build(articles);
    }

    private static List<String> paths(Site site) {
        return site.pages().stream().map(Page::outputPath).toList();
    }

    private static List<Article> numbered(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> TestArticles.article("Berita Nomor " + i,
                OffsetDateTime.parse("2024-10-01T08:00:00+07:00").plusHours(i).toString())).toList();
    }

    private static ListPage list(Site site, String path) {
        return site.pages().stream().filter(p -> p.outputPath().equals(path)).findFirst()
                .map(p -> (ListPage) p.model()).orElseThrow();
    }

    @Test
    void anEmptySiteHasOneEmptyHomePage() {
        Site site = build(CONFIG, List.of());
        ListPage home = list(site, "index.html");
        assertTrue(home.items().isEmpty());
        assertFalse(home.pager().needed());
        assertFalse(paths(site).contains("page/2/index.html"));
    }

    @Test
    void exactlyOnePageFullNeedsNoSecondPage() {
        Site site = build(CONFIG, numbered(3));
        assertEquals(3, list(site, "index.html").items().size());
        assertFalse(paths(site).contains("page/2/index.html"));
    }

    @Test
    void oneArticleMoreStartsASecondPage() {
        Site site = build(CONFIG, numbered(4));
        assertEquals(List.of("Berita Nomor 1"), list(site, "page/2/index.html").items().stream()
                .map(TeaserView::headline).toList());
        PagerView pager = list(site, "page/2/index.html").pager();
        assertEquals("../../index.html", pager.prevHref());
        assertNull(pager.nextHref());
    }

    @Test
    void longPaginationShowsTheEndsAndAWindowWithGaps() {
        Site site = build(CONFIG, numbered(36));
        PagerView pager = list(site, "page/6/index.html").pager();
        assertEquals(12, pager.total());
        assertEquals(List.of(1, 0, 4, 5, 6, 7, 8, 0, 12),
                pager.pages().stream().map(PagerView.PageNumber::number).toList());
        assertTrue(pager.pages().get(4).current());
        assertNull(pager.pages().get(4).href());
    }

    @Test
    void tagAndSourceSlugsAreSafeAsFolderNames() {
        Site site = build(CONFIG, List.of(TestArticles.article("Satu", "2024-11-01T08:00:00+07:00",
                List.of("../../etc", "Ekonomi & Bisnis", "C/C++"), List.of("Kantor Berita ../Reuters"))));
        List<String> paths = paths(site);
        assertTrue(paths.contains("tag/etc/index.html"), paths.toString());
        assertTrue(paths.contains("tag/ekonomi-bisnis/index.html"));
        assertTrue(paths.contains("tag/c-c/index.html"));
        assertTrue(paths.contains("sumber/kantor-berita-reuters/index.html"));
        assertTrue(paths.stream().noneMatch(p -> p.contains("..")));
    }

    @Test
    void spellingsOfOneTagShareOnePage() {
        Site site = build(CONFIG, List.of(
                TestArticles.article("Satu", "2024-11-01T08:00:00+07:00", List.of("Ekonomi"), List.of()),
                TestArticles.article("Dua", "2024-11-02T08:00:00+07:00", List.of("ekonomi"), List.of())));
        assertEquals(List.of("Dua", "Satu"), list(site, "tag/ekonomi/index.html").items().stream()
                .map(TeaserView::headline).toList());
    }

    @Test
    void sourcesPagesListArticlesThatCiteThem() {
        Site site = build(CONFIG, List.of(
                TestArticles.article("Satu", "2024-11-01T08:00:00+07:00", List.of(), List.of("Reuters", "AFP")),
                TestArticles.article("Dua", "2024-11-02T08:00:00+07:00", List.of(), List.of("Reuters")),
                TestArticles.article("Tiga", "2024-11-03T08:00:00+07:00", List.of(), List.of())));
        assertEquals(List.of("Dua", "Satu"), list(site, "sumber/reuters/index.html").items().stream()
                .map(TeaserView::headline).toList());
        assertEquals(List.of("Satu"), list(site, "sumber/afp/index.html").items().stream()
                .map(TeaserView::headline).toList());
        TermsPage index = (TermsPage) site.pages().stream().filter(p -> p.outputPath().equals("sumber/index.html"))
                .findFirst().orElseThrow().model();
        assertEquals(List.of("AFP:1", "Reuters:2"), index.terms().stream().map(t -> t.name() + ":" + t.count())
                .toList());
    }

    @Test
    void archiveMonthsFollowTheSiteTimeZone() {
        Site site = build(CONFIG, List.of(TestArticles.article("Malam Bulan Baru", "2024-10-31T18:30:00Z")));
        assertTrue(paths(site).contains("arsip/2024/11/index.html"), paths(site).toString());
    }

    @Test
    void yearMonthPermalinksPutArticlesInDateFolders() {
        Site site = build(CONFIG.withPermalink("{year}/{month}/{slug}"), List.of(
                TestArticles.article("Berita Bertanggal", "2024-03-05T08:00:00+07:00"),
                TestArticles.article("Berita Tanpa Tanggal", null)));
        assertTrue(paths(site).contains("2024/03/berita-bertanggal/index.html"));
        assertTrue(paths(site).contains("berita-tanpa-tanggal/index.html"));
    }

    @Test
    void leavesOutDraftsAndFutureUnlessAsked() {
        List<Article> articles = List.of(TestArticles.draft("Draf", "2024-11-01T08:00:00+07:00"),
                TestArticles.article("Besok", "2024-11-26T08:00:00+07:00"),
                TestArticles.article("Tepat Sekarang", "2024-11-25T12:00:00+07:00"),
                TestArticles.article("Tanpa Tanggal", null));
        assertEquals(2, new SiteBuilder(CONFIG, new Selection(NOW, false, false)).build(articles).articleCount());
        assertEquals(3, new SiteBuilder(CONFIG, new Selection(NOW, true, false)).build(articles).articleCount());
        assertEquals(4, new SiteBuilder(CONFIG, new Selection(NOW, true, true)).build(articles).articleCount());
    }

    @Test
    void refusesASlugTheSiteNeedsForItself() {
        Site site = build(CONFIG, List.of(TestArticles.article("Tag", "2024-11-01T08:00:00+07:00")));
        Problem problem = site.problems().get(0);
        assertTrue(problem.isError());
        assertTrue(problem.message().contains("`tag`") && problem.message().contains("slug:"), problem.message());
    }

    @Test
    void refusesTwoArticlesWithOneSlug() {
        Site site = build(CONFIG, List.of(TestArticles.article("Sama", "2024-11-01T08:00:00+07:00"),
                TestArticles.article("sama", "2024-11-02T08:00:00+07:00")));
        assertTrue(site.problems().stream().anyMatch(p -> p.isError() && p.message().contains("`sama`")));
    }

    @Test
    void relatedArticlesShareTheMostTagsThenAreNewestAndASharedSourceAloneIsNotEnough() {
        Article subject = TestArticles.article("Pokok", "2024-11-10T08:00:00+07:00", List.of("a", "b"),
                List.of("Reuters"));
        List<Article> articles = new ArrayList<>(List.of(subject,
                TestArticles.article("Satu Sama", "2024-11-09T08:00:00+07:00", List.of("a"), List.of()),
                TestArticles.article("Tiga Sama", "2024-11-01T08:00:00+07:00", List.of("a", "b"), List.of("Reuters")),
                TestArticles.article("Dua Sama Baru", "2024-11-08T08:00:00+07:00", List.of("b"), List.of("Reuters")),
                TestArticles.article("Dua Sama Lama", "2024-11-02T08:00:00+07:00", List.of("a", "b"), List.of()),
                TestArticles.article("Tidak Terkait", "2024-11-09T09:00:00+07:00", List.of("c"), List.of("Reuters a")),
                TestArticles.article("Satu Sama Lama", "2024-11-03T08:00:00+07:00", List.of(), List.of("Reuters")),
                TestArticles.article("Satu Sama Tertua", "2024-10-03T08:00:00+07:00", List.of("b"), List.of())));
        List<Article> related = new RelatedArticles(articles.stream().sorted(SiteBuilder.NEWEST_FIRST).toList())
                .of(subject);
        assertEquals(List.of("Dua Sama Lama", "Tiga Sama", "Satu Sama", "Dua Sama Baru", "Satu Sama Tertua"),
                related.stream().map(Article::headline).toList());
    }

    @Test
    void readAlsoTitlesResolveByCloseMatchAndWarnOtherwise() {
        Article target = TestArticles.article("Harga Beras Naik di Pasar Induk", "2024-11-01T08:00:00+07:00");
        Article linking = TestArticles.withBody("Berita Lain", "2024-11-02T08:00:00+07:00", List.of(
                new Block.Paragraph(0, "Isi.", 5),
                new Block.ReadAlso("Baca Juga", "Harga Beras Naik di Pasar-Pasar Induk", null, 0, 6),
                new Block.ReadAlso("Baca Juga", "Harga Cabai Turun", null, 0, 7)));
        Site site = build(CONFIG, List.of(target, linking));
        ArticlePage page = (ArticlePage) site.pages().stream()
                .filter(p -> p.outputPath().equals("berita-lain/index.html")).findFirst().orElseThrow().model();
        assertEquals("../harga-beras-naik-di-pasar-induk/index.html", page.article().body().get(1).href());
        assertNull(page.article().body().get(2).href());
        assertEquals(1, site.problems().size());
        assertEquals(7, site.problems().get(0).line());
        assertTrue(site.problems().get(0).message().contains("Harga Cabai Turun"));
    }

    @Test
    void splitsTheSitemapIntoAnIndexPastTheLimit() {
        Site site = new SiteBuilder(CONFIG.withBaseUrl("https://b.example.id/"), new Selection(NOW, false, false), 10)
                .build(numbered(9));
        List<String> paths = paths(site);
        assertTrue(paths.containsAll(List.of("sitemap-1.xml", "sitemap-2.xml", "sitemap.xml")), paths.toString());
        SitemapIndexPage index = (SitemapIndexPage) site.pages().stream()
                .filter(p -> p.outputPath().equals("sitemap.xml")).findFirst().orElseThrow().model();
        assertEquals("https://b.example.id/sitemap-1.xml", index.sitemaps().get(0));
        int urls = site.pages().stream().filter(p -> p.model() instanceof SitemapPage)
                .mapToInt(p -> ((SitemapPage) p.model()).urls().size()).sum();
        // every HTML page but the 404 page and the search page (noindex), which sitemaps leave out
        assertEquals(site.pages().stream().filter(p -> p.outputPath().endsWith(".html")).count() - 2, urls);
    }

    @Test
    void newsSitemapTakesAtMostAThousandArticlesOfTheLastTwoDays() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 1_005; i++) {
            articles.add(TestArticles.article("Kilat " + i,
                    OffsetDateTime.parse("2024-11-25T11:00:00+07:00").minusMinutes(2L * i).toString()));
        }
        articles.add(TestArticles.article("Kemarin Lusa", "2024-11-23T11:59:00+07:00"));
        Site site = build(CONFIG.withBaseUrl("https://b.example.id/"), articles);
        NewsSitemapPage news = (NewsSitemapPage) site.pages().stream()
                .filter(p -> p.outputPath().equals("news-sitemap.xml")).findFirst().orElseThrow().model();
        assertEquals(1_000, news.items().size());
        assertEquals("Kilat 0", news.items().get(0).title());
        Site fewer = build(CONFIG.withBaseUrl("https://b.example.id/"),
                List.of(articles.get(articles.size() - 1), articles.get(0)));
        assertEquals(1, fewer.pages().stream().filter(p -> p.outputPath().equals("news-sitemap.xml"))
                .map(p -> ((NewsSitemapPage) p.model()).items().size()).findFirst().orElseThrow(),
                "an article older than two days stays out");
    }

    @Test
    void cutsLongHeadlinesForStructuredDataAtAWord() {
        String headline = "Kata ".repeat(40).strip();
        String cut = StructuredData.headline(headline);
        assertTrue(cut.length() <= 110, cut);
        assertTrue(cut.endsWith("Kata…"), cut);
        assertEquals("Pendek", StructuredData.headline("Pendek"));
    }

    @Test
    void usesOnlyUrlsAndCopiedSitePathsAsImages() {
        Site site = build(CONFIG, List.of(
                TestArticles.withImage("Foto Luar", "2024-11-03T08:00:00+07:00", "https://cdn.example.id/a.jpg"),
                TestArticles.withImage("Foto Lokal", "2024-11-02T08:00:00+07:00", "images/foto/a.png"),
                TestArticles.withImage("Foto Aneh", "2024-11-01T08:00:00+07:00", "javascript:alert(1)")));
        List<TeaserView> items = list(site, "index.html").items();
        assertEquals("https://cdn.example.id/a.jpg", items.get(0).image().src());
        assertEquals("images/foto/a.png", items.get(1).image().src().replace("./", ""));
        assertNull(items.get(2).image());
    }
}
