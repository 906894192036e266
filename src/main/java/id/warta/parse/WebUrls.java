package id.warta.parse;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which URLs from untrusted text may become links: absolute http(s) with a host. Anything else ({@code javascript:},
 * {@code data:}, relative paths) stays plain text. One rule for the parser, saved pages and the site.
 */
public final class WebUrls {

    private WebUrls() {
    }

    public static boolean isWebUrl(String url) {
        return orNull(url) != null;
    }

    /** The URL, stripped, when it may become a link; otherwise null. */
    public static String orNull(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
