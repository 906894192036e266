package id.warta.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by the extractors. */
final class Text {
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private Text() {
    }

    /** One line of plain text: no-break and repeated spaces collapsed, invisible characters gone, trimmed. */
    static String normalize(String text) {
        if (text == null) {
            return null;
        }
        return SPACES.matcher(INVISIBLE.matcher(text).replaceAll("")).replaceAll(" ").strip();
    }

    /** The normalized text, or null when nothing is left. */
    static String orNull(String text) {
        String normalized = normalize(text);
        return normalized == null || normalized.isEmpty() ? null : normalized;
    }

    /**
     * Whether a URL may become a link: absolute http(s) with a host. Anything else from an untrusted page
     * ({@code javascript:}, {@code data:}, relative paths we could not resolve) stays plain text.
     */
    static boolean isWebUrl(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
