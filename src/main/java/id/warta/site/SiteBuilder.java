package id.warta.site;

import id.warta.card.CardImage;
import id.warta.card.CardSpec;
import id.warta.card.CardTheme;
import id.warta.model.Article;
import id.warta.model.Problem;
import id.warta.model.StandalonePage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Chooses the articles to show, orders them, gives each its path, and lists every page to render: listings, article
 * pages, tags, sources, archive, feeds, sitemaps and robots.txt.
 *
 * <p>An article's {@code image} must be an http(s) URL or a site-relative path the build has copied into the site.
 */
public final class SiteBuilder {
    /** Dated articles newest first, then undated ones by file name. */
    static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing((Article a) -> a.date() == null)
            .thenComparing(Article::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Article::source);

    private final SiteConfig config;
    private final Selection selection;
    private final int maxSitemapUrls;
    private final CardTheme cardTheme;
    private final StandalonePages standalone;

    /** Shows every article given. */
    public SiteBuilder(SiteConfig config) {
        this(config, Selection.everything(Instant.MAX));
    }

    public SiteBuilder(SiteConfig config, Selection selection) {
        this(config, selection, Sitemaps.MAX_URLS);
    }

    SiteBuilder(SiteConfig config, Selection selection, int maxSitemapUrls) {
        this(config, selection, maxSitemapUrls, CardTheme.DEFAULT, new StandalonePages(List.of()));
    }

    private SiteBuilder(SiteConfig config, Selection selection, int maxSitemapUrls, CardTheme cardTheme,
                        StandalonePages standalone) {
        this.config = config;
        this.selection = selection;
        this.maxSitemapUrls = maxSitemapUrls;
        this.cardTheme = cardTheme;
        this.standalone = standalone;
    }

    /** The same builder, drawing social cards in the colours of {@code theme} (the templates' stylesheet). */
    public SiteBuilder withCardTheme(CardTheme theme) {
        return new SiteBuilder(config, selection, maxSitemapUrls, theme, standalone);
    }

    /** The same builder, also publishing these standalone pages (content/halaman/), linked from every footer. */
    public SiteBuilder withPages(List<StandalonePage> pages) {
        return new SiteBuilder(config, selection, maxSitemapUrls, cardTheme, new StandalonePages(pages));
    }

    public Site build(List<Article> articles) {
        List<Article> shown = selection.apply(articles);
        warmMemos(shown);
        return buildShown(shown);
    }

    /**
     * Works out each article's headline key and tag and source slugs on all cores, into their memo tables, before
     * placing the articles reads them one by one on one core.
     */
    private static void warmMemos(List<Article> shown) {
        shown.parallelStream().forEach(article -> {
            TitleKey.of(article.headline());
            article.tags().forEach(Groups::slug);
            article.attributions().forEach(Groups::slug);
        });
    }

    /** The site of articles this builder's selection already chose (as the pipeline does before copying images). */
    public Site buildShown(List<Article> shown) {
        SiteShape shape = SiteShape.of(config, shown);
        List<Problem> problems = new ArrayList<>(shape.pathProblems);
        List<Article> ordered = shape.ordered;
        SiteIndex index = new SiteIndex(config, ordered, shape.paths);
        ArticleViews views = new ArticleViews(index, shape.resolver);
        Heads heads = new Heads(index, Masthead.of(shape.sections, standalone.links()));
        Listings listings = new Listings(index, heads);
        Feeds feeds = new Feeds(index, views);

        List<Page> pages = new ArrayList<>(FrontPages.withFront(listings.paginate("", "Berita Terbaru",
                config.description(), ordered, List.of(), null), index, shape.sections));
        EntityTopics topics = EntityTopics.of(ordered, config.entityThreshold());
        pages.addAll(articlePages(shape, index, views, heads, new EntityLinks(index, topics)));
        // Resolving read-also titles is pure: do it on all cores, then report in order.
        IntStream.range(0, ordered.size()).parallel().mapToObj(shape::unresolved).toList()
                .forEach(problems::addAll);
        pages.addAll(groupPages(listings, feeds, "tag/", "Topik", "Semua topik berita di situs ini.", shape.tags));
        pages.addAll(groupPages(listings, null, "sumber/", "Sumber", "Kantor berita dan media yang dikutip.",
                shape.sources));
        pages.addAll(new EntityPages(index, listings, feeds).pages(topics));
        pages.addAll(groupPages(listings, null, "arsip/", "Arsip", "Berita menurut bulan terbit.", shape.months));
        pages.addAll(groupPages(listings, feeds, Sections.FOLDER, "Rubrik", "Berita menurut rubrik.", shape.sections));
        pages.addAll(AuthorPages.of(groupPages(listings, null, Sections.AUTHORS, "Penulis",
                "Para penulis berita di situs ini.", shape.authors), shape.authors, new StructuredData(index)));
        pages.addAll(standalone.pages(heads));
        List<Page> htmlPages = pages.stream().filter(p -> p.outputPath().endsWith(".html")).toList();
        pages.add(new Page("404.html", "404.ftlh", new NotFoundPage(info404(), !config.hasBaseUrl())));
        pages.add(SearchSection.page(heads));
        if (config.hasBaseUrl()) {
            pages.addAll(feeds.site());
        }
        pages.addAll(new Sitemaps(index, maxSitemapUrls).pages(htmlPages, selection.now()));
        List<SiteFile> files = new ArrayList<>(socialCards(index));
        files.addAll(SearchSection.files(index));
        return new Site(pages, files, ordered.size(), problems);
    }

    /** A card for each article without an image of its own; each card's bytes are made when it is written. */
    private List<SiteFile> socialCards(SiteIndex index) {
        List<SiteFile> cards = new ArrayList<>();
        for (Article article : index.ordered) {
            String path = index.cardPath(article);
            if (path != null) {
                String tag = article.tags().isEmpty() ? null : article.tags().get(0);
                cards.add(new SiteFile(path, new CardImage(new CardSpec(article.headline(), config.title(),
                        index.day(article), tag, cardTheme))));
            }
        }
        return cards;
    }

    private static List<Page> articlePages(SiteShape shape, SiteIndex index, ArticleViews views, Heads heads,
                                           EntityLinks entities) {
        RelatedArticles related = shape.related;
        StructuredData structuredData = new StructuredData(index, entities);
        List<Page> pages = new ArrayList<>();
        List<Article> ordered = index.ordered;
        for (int i = 0; i < ordered.size(); i++) {
            Article article = ordered.get(i);
            String path = index.path(article);
            Article older = i + 1 < ordered.size() ? ordered.get(i + 1) : null;
            Article newer = i > 0 ? ordered.get(i - 1) : null;
            int rank = i;
            pages.add(new Page(path, "article.ftlh", () -> {
                List<LinkView> crumbs = Heads.articleCrumbs(article);
                PageInfo info = heads.article(article, path, crumbs)
                        .withJsonLd(structuredData.forArticle(article, path, crumbs));
                String url = index.links.absolute(path);
                ShareLinks share = url == null ? null : ShareLinks.of(article.headline(), url,
                        index.links.relative(path, "assets/share.js"));
                return new ArticlePage(info, views.view(article, path, related.ofRank(rank), older, newer), share,
                        entities.view(article, path));
            }));
        }
        return pages;
    }

    /** The index of a kind of group, each group's paginated listing, and (for tags) each group's feed. */
    private List<Page> groupPages(Listings listings, Feeds feeds, String folder, String heading, String intro,
                                  List<Group> groups) {
        List<Page> pages = new ArrayList<>();
        pages.add(listings.terms(folder, heading, intro, groups));
        List<LinkView> crumbs = List.of(new LinkView("Beranda", "index.html"),
                new LinkView(heading, folder + "index.html"));
        for (Group group : groups) {
            String groupFolder = folder + group.slug() + "/";
            boolean feed = feeds != null && config.hasBaseUrl();
            pages.addAll(listings.paginate(groupFolder, group.name(), heading + ": " + group.name(),
                    group.articles(), crumbs, feed ? groupFolder + "feed.xml" : null));
            if (feed) {
                String about = folder.equals(Sections.FOLDER) ? "Berita terbaru di rubrik " : "Berita terbaru dengan topik ";
                pages.add(feeds.group(groupFolder, group, about + group.name()));
            }
        }
        return pages;
    }

    /**
     * The 404 page is served for any missing path, so its links must be absolute when they can be. Without a base URL
     * they are relative to the site's root, as the page's own file is, and the stylesheet is inlined by the template:
     * the page keeps its look wherever it is served, and its links work from the root (the preview server adds a
     * {@code <base>} so that they work at every depth there).
     */
    private PageInfo info404() {
        String root = config.hasBaseUrl() ? config.baseUrl() : "";
        String home = config.hasBaseUrl() ? config.baseUrl() : "index.html";
        MetaView meta = new MetaView("website", null, config.title(), config.ogLocale(), null, null, null, null, null,
                List.of(), null, "summary");
        List<LinkView> nav = List.of(new LinkView("Beranda", home),
                new LinkView("Topik", root + (config.hasBaseUrl() ? "tag/" : "tag/index.html")),
                new LinkView("Sumber", root + (config.hasBaseUrl() ? "sumber/" : "sumber/index.html")),
                new LinkView("Arsip", root + (config.hasBaseUrl() ? "arsip/" : "arsip/index.html")));
        return new PageInfo("Halaman tidak ditemukan", "Halaman yang Anda cari tidak ada.", config.language(),
                config.title(), home, config.hasBaseUrl() ? root + "assets/style.css" : null, null, nav, null, null, meta,
                List.of(), null);
    }
}
