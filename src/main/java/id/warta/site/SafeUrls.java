package id.warta.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Lets only plain web links from article text become {@code href}s; anything else stays text. */
final class SafeUrls {

    private SafeUrls() {
    }

    static String httpOrNull(String url) {
        if (url == null) {
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
