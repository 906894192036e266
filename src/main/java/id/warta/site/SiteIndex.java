package id.warta.site;

import id.warta.model.Article;
import id.warta.parse.WebUrls;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What every page builder shares: the settings, the shown articles newest first, each article's page path, and
 * how to link to pages and images from anywhere.
 */
final class SiteIndex {
    static final int EXCERPT_LENGTH = 160;
    private static final Pattern SITE_PATH = Pattern.compile("[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*");

    final SiteConfig config;
    final Links links;
    final List<Article> ordered;
    private final Map<Article, String> paths;
    /** Each article's excerpt, made once: an article is listed on a page of each of its tags, sources and months. */
    private final Map<Article, String> excerpts = new IdentityHashMap<>();

    SiteIndex(SiteConfig config, List<Article> ordered, Map<Article, String> paths) {
        this.config = config;
        this.links = new Links(config);
        this.ordered = List.copyOf(ordered);
        this.paths = new IdentityHashMap<>(paths);
        for (Article article : ordered) {
            excerpts.put(article, ArticleViews.excerpt(article, EXCERPT_LENGTH));
        }
    }

    String path(Article article) {
        return paths.get(article);
    }

    String href(String fromPath, Article article) {
        return links.relative(fromPath, path(article));
    }

    /** The meta description: front matter's, else the lede cut at a word near 160 characters. */
    static String description(Article article) {
        return article.description() != null ? article.description()
                : ArticleViews.excerpt(article, EXCERPT_LENGTH);
    }

    TeaserView teaser(Article article, String fromPath) {
        return new TeaserView(article.headline(), href(fromPath, article),
                article.date() == null ? null : IndonesianDates.iso(article.date()),
                article.date() == null ? null : IndonesianDates.day(article.date(), config.timezone()),
                excerpt(article), image(article, fromPath));
    }

    /** Read-only after construction, as pages are made on several threads. */
    private String excerpt(Article article) {
        String excerpt = excerpts.get(article);
        return excerpt != null ? excerpt : ArticleViews.excerpt(article, EXCERPT_LENGTH);
    }

    /** The article's image as seen from a page, or null when it has none (or an unusable one). */
    ImageView image(Article article, String fromPath) {
        String src = imageSrc(article.image(), fromPath);
        if (src == null) {
            return null;
        }
        String alt = article.imageCaption() != null ? article.imageCaption() : article.headline();
        return new ImageView(src, alt, article.imageCaption());
    }

    /** The image's absolute URL, or null without a base URL (for a local image) or without an image. */
    String imageUrl(String image) {
        if (image == null) {
            return null;
        }
        String url = WebUrls.orNull(image);
        if (url != null) {
            return url;
        }
        return isSitePath(image) ? links.absolute(image) : null;
    }

    /**
     * An image is an http(s) URL, used as is, or a site-relative path the build copied into the site; anything else
     * (a path that was never copied) is not shown.
     */
    private String imageSrc(String image, String fromPath) {
        if (image == null) {
            return null;
        }
        String url = WebUrls.orNull(image);
        if (url != null) {
            return url;
        }
        return isSitePath(image) ? links.relative(fromPath, image) : null;
    }

    private static boolean isSitePath(String path) {
        return SITE_PATH.matcher(path).matches() && !path.contains("..");
    }
}
