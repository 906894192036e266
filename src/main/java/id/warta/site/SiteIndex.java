package id.warta.site;

import id.warta.model.Article;
import id.warta.parse.WebUrls;
import java.time.OffsetDateTime;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;

/**
 * What every page builder shares: the settings, the shown articles newest first, each article's page path, and
 * how to link to pages and images from anywhere.
 */
final class SiteIndex {
    static final int EXCERPT_LENGTH = 160;
    /** The social card's file name, in the article's folder. */
    static final String CARD_FILE = "kartu.png";
    private static final Pattern SITE_PATH = Pattern.compile("[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*");

    final SiteConfig config;
    final Links links;
    final List<Article> ordered;
    private final Map<Article, String> paths;
    /** Each shown article's position in {@link #ordered}, to find its {@link Facts}; read-only after construction. */
    private final Map<Article, Integer> positions = new IdentityHashMap<>();
    /**
     * Each article's {@link Facts}, made on first use by whichever rendering thread needs them (pure, so a rare
     * double computation is harmless): an article is listed on a page of each of its tags, sources and months, and
     * its dates and reading time appear on its own page, in feeds and in its JSON-LD.
     */
    private final AtomicReferenceArray<Facts> facts;

    /** What pages show of an article, the same on every page. */
    private record Facts(String excerpt, String dateIso, String day, String dateTime, String readingTime) { }

    SiteIndex(SiteConfig config, List<Article> ordered, Map<Article, String> paths) {
        this.config = config;
        this.links = new Links(config);
        this.ordered = List.copyOf(ordered);
        this.paths = new IdentityHashMap<>(paths);
        for (int i = 0; i < this.ordered.size(); i++) {
            positions.put(this.ordered.get(i), i);
        }
        this.facts = new AtomicReferenceArray<>(this.ordered.size());
    }

    String path(Article article) {
        return paths.get(article);
    }

    private Facts facts(Article article) {
        Integer position = positions.get(article);
        if (position == null) {
            return factsOf(article);
        }
        Facts known = facts.get(position);
        if (known == null) {
            known = factsOf(article);
            facts.set(position, known);
        }
        return known;
    }

    private Facts factsOf(Article article) {
        boolean dated = article.date() != null;
        return new Facts(ArticleViews.excerpt(article, EXCERPT_LENGTH),
                dated ? IndonesianDates.iso(article.date()) : null,
                dated ? IndonesianDates.day(article.date(), config.timezone()) : null,
                !dated ? null : article.dateline().textDate() != null // a date from the text has no time of day
                        ? IndonesianDates.day(article.date(), config.timezone())
                        : IndonesianDates.dateTime(article.date(), config.timezone()),
                ReadingTime.minutes(article, config.wordsPerMinute()) + " menit baca");
    }

    /** {@code Kamis, 19 Mei 2022} in the site's zone, or null when undated. */
    String day(Article article) {
        return facts(article).day();
    }

    /** ISO-8601 publication date with offset, or null when undated. */
    String dateIso(Article article) {
        return facts(article).dateIso();
    }

    /** {@code Kamis, 19 Mei 2022 14:30 WIB} in the site's zone, or null when undated. */
    String dateTime(Article article) {
        return facts(article).dateTime();
    }

    /** When the article last changed: its {@code updated:} time, else its publication date; null when neither. */
    String modifiedIso(Article article) {
        OffsetDateTime updated = article.editorial().updated();
        return updated != null ? IndonesianDates.iso(updated) : dateIso(article);
    }

    /** {@code Jumat, 22 November 2024 10:15 WIB} of the article's {@code updated:} time, or null without one. */
    String updatedDisplay(Article article) {
        OffsetDateTime updated = article.editorial().updated();
        return updated == null ? null : IndonesianDates.dateTime(updated, config.timezone());
    }

    /** {@code 3 menit baca}. */
    String readingTime(Article article) {
        return facts(article).readingTime();
    }

    String href(String fromPath, Article article) {
        return links.relative(fromPath, path(article));
    }

    /** The meta description: front matter's, else the lede cut at a word near 160 characters. */
    String description(Article article) {
        return article.description() != null ? article.description() : facts(article).excerpt();
    }

    TeaserView teaser(Article article, String fromPath) {
        Facts known = facts(article);
        return new TeaserView(article.headline(), href(fromPath, article), known.dateIso(), known.day(),
                known.excerpt(), image(article, fromPath), Sections.kicker(article, links, fromPath));
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

    /** Where an article's social card goes, beside its page, or null when it gets none (it has its own image). */
    String cardPath(Article article) {
        if (!config.makesSocialCards() || imageUrl(article.image()) != null) {
            return null;
        }
        String page = path(article);
        return page.substring(0, page.lastIndexOf('/') + 1) + CARD_FILE;
    }

    /** The absolute URL a link preview shows for an article: its own image, else its card, else null. */
    String shareImage(Article article) {
        String own = imageUrl(article.image());
        if (own != null) {
            return own;
        }
        String card = cardPath(article);
        return card == null ? null : links.absolute(card);
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
