package id.warta.site;

import id.warta.model.Article;
import id.warta.model.Block;
import id.warta.model.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Orders articles, gives each its path, resolves read-also links, and lists every page to render. */
public final class SiteBuilder {
    private static final int EXCERPT_LENGTH = 160;
    /** Dated articles newest first, then undated ones by file name. */
    static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing((Article a) -> a.date() == null)
            .thenComparing(Article::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Article::source);

    private final SiteConfig config;
    private final Links links;

    public SiteBuilder(SiteConfig config) {
        this.config = config;
        this.links = new Links(config);
    }

    public Site build(List<Article> articles) {
        List<Problem> problems = new ArrayList<>();
        List<Article> ordered = articles.stream().sorted(NEWEST_FIRST).toList();
        Map<String, Article> bySlug = new LinkedHashMap<>();
        for (Article article : ordered) {
            Article earlier = bySlug.putIfAbsent(article.slug(), article);
            if (earlier != null) {
                problems.add(Problem.error(article.source(), 0, "has the slug `" + article.slug() + "`, like "
                        + earlier.source() + "; give one of them a different `slug:` in its front matter"));
            }
        }
        Map<String, String> pathByTitle = new HashMap<>();
        for (Article article : bySlug.values()) {
            pathByTitle.putIfAbsent(TitleKey.of(article.headline()), articlePath(article));
        }
        ReadAlsoResolver resolver = new ReadAlsoResolver(pathByTitle, links);
        ArticleViews views = new ArticleViews(config, resolver);

        List<Page> pages = new ArrayList<>();
        pages.add(indexPage(ordered));
        for (Article article : ordered) {
            String path = articlePath(article);
            pages.add(new Page(path, "article.ftlh", new ArticlePage(info(path, article.headline(),
                    article.description() != null ? article.description()
                            : ArticleViews.excerpt(article, EXCERPT_LENGTH)), views.view(article, path))));
            warnUnresolved(article, resolver, problems);
        }
        pages.add(new Page("404.html", "404.ftlh", new NotFoundPage(info404())));
        return new Site(pages, ordered.size(), problems);
    }

    static String articlePath(Article article) {
        return article.slug() + "/index.html";
    }

    private Page indexPage(List<Article> ordered) {
        String path = "index.html";
        List<TeaserView> items = ordered.stream().map(a -> teaser(a, path)).toList();
        return new Page(path, "index.ftlh",
                new ListPage(info(path, config.title(), config.description()), "Berita Terbaru", items));
    }

    private TeaserView teaser(Article article, String fromPath) {
        return new TeaserView(article.headline(), links.relative(fromPath, articlePath(article)),
                article.date() == null ? null : IndonesianDates.iso(article.date()),
                article.date() == null ? null : IndonesianDates.day(article.date(), config.timezone()),
                ArticleViews.excerpt(article, EXCERPT_LENGTH));
    }

    private PageInfo info(String path, String title, String description) {
        return new PageInfo(title, description, config.language(), config.title(), links.relative(path, "index.html"),
                links.relative(path, "assets/style.css"), links.absolute(path));
    }

    /** The 404 page is served for any missing path, so its links must be absolute when they can be. */
    private PageInfo info404() {
        String home = config.hasBaseUrl() ? config.baseUrl() : "index.html";
        String css = config.hasBaseUrl() ? config.baseUrl() + "assets/style.css" : "assets/style.css";
        return new PageInfo("Halaman tidak ditemukan", "Halaman yang Anda cari tidak ada.", config.language(),
                config.title(), home, css, null);
    }

    private static void warnUnresolved(Article article, ReadAlsoResolver resolver, List<Problem> problems) {
        for (Block.ReadAlso readAlso : article.readAlso()) {
            if (readAlso.href() == null && !resolver.resolves(readAlso.title())) {
                problems.add(Problem.warning(article.source(), readAlso.line(), "read-also title \""
                        + readAlso.title() + "\" matches no article of this site; it is shown as plain text"));
            }
        }
    }
}
