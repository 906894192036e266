package id.warta.site;

import id.warta.parse.WebUrls;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the web addresses an article's text writes out ({@code https://...}, {@code www.bmkg.go.id},
 * {@code menlhk.go.id/pengumuman}) so the template can make them links. Only http(s) becomes a link. A bare domain
 * needs a known top-level domain and must be written in lower case or with a path: a capitalised {@code Kompas.com}
 * or {@code KOMPAS.com} names an outlet, it is not an address. Trailing punctuation belongs to the sentence.
 */
final class TextLinks {
    private static final String TLD = "(?:(?:go|co|ac|or|sch|net|web|my|desa|mil|biz|ponpes)\\.id|id|com|net|org"
            + "|info|io|co|tv|news|gov|edu|int|me|app|dev|asia|biz|sg|my|uk|au|jp)";
    private static final String HOST = "(?:[\\p{Alnum}](?:[\\p{Alnum}-]{0,61}[\\p{Alnum}])?\\.)+" + TLD;
    /** The address ends at white space or a character an address never holds in running text. */
    private static final String REST = "[^\\s<>\"\u201c\u201d]*";
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![\\p{Alnum}@./-])(?:(?<scheme>https?://)" + REST + "|(?<host>" + HOST + ")(?![\\p{Alnum}-])"
                    + "(?<path>[/?#]" + REST + ")?)", Pattern.CASE_INSENSITIVE);
    private static final String TRAILING = ".,;:!?'\u2019\u201d\u00bb";

    private TextLinks() {
    }

    /** The text as plain runs and linked addresses, in order; one plain run when it holds no address. */
    static List<TextPart> split(String text) {
        List<TextPart> parts = new ArrayList<>();
        Matcher m = ADDRESS.matcher(text);
        int done = 0;
        while (m.find()) {
            String address = trim(m.group());
            String href = href(m, address);
            if (href == null) {
                continue;
            }
            if (m.start() > done) {
                parts.add(new TextPart(text.substring(done, m.start()), null));
            }
            parts.add(new TextPart(address, href));
            done = m.start() + address.length();
        }
        if (done < text.length() || parts.isEmpty()) {
            parts.add(new TextPart(text.substring(done), null));
        }
        return parts;
    }

    private static String href(Matcher m, String address) {
        if (m.group("scheme") != null) {
            return address.length() > m.group("scheme").length() ? WebUrls.orNull(address) : null;
        }
        String host = m.group("host");
        boolean hasPath = address.length() > host.length();
        boolean lowerCase = host.equals(host.toLowerCase(java.util.Locale.ROOT));
        if (!hasPath && !lowerCase && !host.regionMatches(true, 0, "www.", 0, 4)) {
            return null;
        }
        return WebUrls.orNull("https://" + address);
    }

    /** Drops the sentence's punctuation, and a closing bracket the address did not open. */
    private static String trim(String address) {
        String trimmed = address;
        while (!trimmed.isEmpty()) {
            char last = trimmed.charAt(trimmed.length() - 1);
            if (TRAILING.indexOf(last) >= 0 || unbalanced(trimmed, last)) {
                trimmed = trimmed.substring(0, trimmed.length() - 1);
            } else {
                break;
            }
        }
        return trimmed;
    }

    private static boolean unbalanced(String text, char last) {
        char open = last == ')' ? '(' : last == ']' ? '[' : 0;
        if (open == 0) {
            return false;
        }
        return text.chars().filter(c -> c == open).count() < text.chars().filter(c -> c == last).count();
    }
}
