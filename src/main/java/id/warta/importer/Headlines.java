package id.warta.importer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The headline of a saved page: {@code og:title}, else the {@code <h1>}, else {@code <title>}, minus the outlet. */
final class Headlines {
    /** The last {@code " - X"}, {@code " | X"} or {@code " : X"}; spaces on both sides, unlike a headline's colon. */
    private static final Pattern SUFFIX = Pattern.compile("\\s+[-|–—:]\\s+([^-|–—:]{2,40})$");
    /** What outlet names look like: a domain, or a known news brand; only in a short text. */
    private static final Pattern OUTLET = Pattern.compile("(?i)\\w\\.(com|co|id|net|org|news|tv)\\b"
            + "|\\b(kompas|detik\\w*|tribun\\w*|liputan6|cnn indonesia|cnbc indonesia|antara( news)?|tempo|okezone"
            + "|suara|republika|kontan|kumparan|sindonews|merdeka|grid|viva|jpnn|idn times|medcom|halaman \\w+)\\b");

    private Headlines() {
    }

    /** Whether a short text names an outlet ({@code Kompas.com}, {@code Tim | CNN Indonesia}) rather than a person. */
    static boolean isOutletName(String text) {
        return text.split("\\s+").length <= 4 && OUTLET.matcher(text).find();
    }

    static String of(Document page) {
        String siteName = PageMeta.meta(page, "meta[property=og:site_name]");
        String title = PageMeta.meta(page, "meta[property=og:title]");
        if (title == null) {
            Element h1 = page.selectFirst("h1");
            title = h1 == null ? null : Text.orNull(h1.text());
        }
        if (title == null) {
            title = Text.orNull(page.title());
        }
        return title == null ? null : withoutOutlet(title, siteName);
    }

    /** Strips outlet suffixes ({@code " - Kompas.com"}, {@code " | Tempo.co"}), repeatedly, never the whole title. */
    static String withoutOutlet(String title, String siteName) {
        String result = title;
        while (true) {
            Matcher suffix = SUFFIX.matcher(result);
            if (!suffix.find() || suffix.start() == 0) {
                return result;
            }
            String name = suffix.group(1).strip();
            boolean isSite = siteName != null && name.toLowerCase(Locale.ROOT).equals(siteName.toLowerCase(Locale.ROOT));
            if (!isSite && !isOutletName(name)) {
                return result;
            }
            result = result.substring(0, suffix.start()).strip();
        }
    }
}
