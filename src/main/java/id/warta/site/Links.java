package id.warta.site;

/**
 * Links between output files. Every internal link is relative, so the site works from {@code file://} and under any
 * base URL; without a base URL links name {@code index.html} explicitly because browsers do not resolve directories
 * on {@code file://}, with one they end at the directory as web servers expect.
 */
public final class Links {
    private static final String INDEX = "index.html";
    /** {@link #prefixToRoot} of the usual depths, made once: every link on every page starts with one. */
    private static final String[] PREFIXES = new String[16];

    static {
        PREFIXES[0] = "./";
        for (int depth = 1; depth < PREFIXES.length; depth++) {
            PREFIXES[depth] = "../".repeat(depth);
        }
    }

    private final boolean prettyUrls;
    private final String baseUrl;

    public Links(SiteConfig config) {
        this.prettyUrls = config.hasBaseUrl();
        this.baseUrl = config.baseUrl();
    }

    /** The relative link from the page at {@code fromPath} to the output file {@code toPath} (both site-relative). */
    public String relative(String fromPath, String toPath) {
        String target = prettyUrls ? pretty(toPath) : toPath;
        return prefixToRoot(fromPath) + (target.isEmpty() && !prettyUrls ? INDEX : target);
    }

    /** The absolute URL of an output file, or null when no base URL is set. */
    public String absolute(String toPath) {
        return baseUrl == null ? null : baseUrl + pretty(toPath);
    }

    /** {@code ../} once per directory level of the page, or {@code ./} at the root. */
    public static String prefixToRoot(String fromPath) {
        int depth = 0;
        for (int i = fromPath.indexOf('/'); i >= 0; i = fromPath.indexOf('/', i + 1)) {
            depth++;
        }
        return depth < PREFIXES.length ? PREFIXES[depth] : "../".repeat(depth);
    }

    private static String pretty(String path) {
        if (path.equals(INDEX)) {
            return "";
        }
        return path.endsWith("/" + INDEX) ? path.substring(0, path.length() - INDEX.length()) : path;
    }
}
