package id.warta.site;

import id.warta.model.Article;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.regex.Pattern;

/** Where an article's page goes, from the {@code permalink} setting; undated articles fall back to {@code {slug}}. */
public final class Permalinks {
    /** Top-level folders the site uses for its own pages; an article at the top level may not take them. */
    static final Set<String> RESERVED = Set.of("tag", "sumber", "arsip", "page", "images", "assets", "rubrik",
            "penulis", "halaman", "cari", "tokoh", "lembaga", "tempat");
    private static final Pattern VALID = Pattern.compile("(?:(?:\\{year\\}|\\{month\\}|\\{day\\}|[a-z0-9-]+)/)*"
            + "\\{slug\\}");

    private final String pattern;
    private final ZoneId zone;

    Permalinks(String pattern, ZoneId zone) {
        this.pattern = pattern;
        this.zone = zone;
    }

    /** What is wrong with a permalink pattern, or null when it is usable. */
    public static String problemWith(String pattern) {
        if (!VALID.matcher(pattern).matches()) {
            return "permalink `" + pattern + "` is not supported; use `{slug}` or `{year}/{month}/{slug}`"
                    + " (folders may use {year}, {month}, {day} and lower-case words, and end with {slug})";
        }
        String first = pattern.substring(0, Math.max(0, pattern.indexOf('/')));
        if (RESERVED.contains(first)) {
            return "permalink `" + pattern + "` puts articles into `" + first + "/`, which the site uses for its own"
                    + " pages; choose another first folder, such as `berita/{slug}`";
        }
        return null;
    }

    /** The site-relative output path of an article's page. */
    String path(Article article) {
        if (article.date() == null) {
            return article.slug() + "/index.html";
        }
        ZonedDateTime local = article.date().atZoneSameInstant(zone);
        return pattern.replace("{year}", String.valueOf(local.getYear()))
                .replace("{month}", twoDigits(local.getMonthValue()))
                .replace("{day}", twoDigits(local.getDayOfMonth()))
                .replace("{slug}", article.slug()) + "/index.html";
    }

    /** Whether the path's first folder is one the site needs for itself. */
    static boolean clashesWithSitePages(String path) {
        int slash = path.indexOf('/');
        return slash > 0 && RESERVED.contains(path.substring(0, slash))
                || path.startsWith("feed.xml") || path.startsWith("atom.xml");
    }

    static String twoDigits(int value) {
        return value < 10 ? "0" + value : String.valueOf(value);
    }
}
