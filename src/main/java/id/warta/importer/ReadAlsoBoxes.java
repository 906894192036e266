package id.warta.importer;

import id.warta.parse.WebUrls;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Finds the outlets' read-also boxes ("Baca juga: <a>…</a>") and reads their titles and links. */
final class ReadAlsoBoxes {
    /** Classes outlets give their boxes: Kompas, detik/CNN {@code linksisip}, Tribun {@code baca}, Liputan6, Antara. */
    private static final Set<String> BOX_CLASSES = Set.of("baca-juga", "bacajuga", "baca", "linksisip", "lihatjg",
            "baca-juga-collections", "inner-link-baca-juga", "read-also", "readalso", "artikel-terkait");
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(baca juga|lihat juga|pilihan editor|berita terkait|artikel terkait|baca)\\b\\s*:?\\s*");
    /** Labels the parser knows in front of a title; the others become "Baca juga". */
    private static final Set<String> KEPT_LABELS = Set.of("baca juga", "lihat juga", "pilihan editor", "baca");
    private static final String DEFAULT_LABEL = "Baca juga";

    /** One entry: the label as written, the title, and the link when it is a safe http(s) URL (else null). */
    record Entry(String label, String title, String href) {
        String line() {
            return label + ": " + title;
        }
    }

    private ReadAlsoBoxes() {
    }

    /**
     * Whether an element is a read-also box: it holds links and, apart from a read-also label, nothing but their
     * text; a paragraph that merely starts with "Baca" and goes on is body text.
     */
    static boolean isBox(Element element) {
        List<Element> links = element.select("a");
        if (links.isEmpty()) {
            return false;
        }
        String text = Text.normalize(element.text());
        boolean boxClass = element.classNames().stream().anyMatch(c -> BOX_CLASSES.contains(c.toLowerCase(Locale.ROOT)));
        Matcher label = LABEL.matcher(text);
        if (!boxClass && !label.lookingAt()) {
            return false;
        }
        String rest = label.lookingAt() ? text.substring(label.end()) : text;
        for (Element link : links) {
            rest = rest.replace(Text.normalize(link.text()), "");
        }
        return rest.replaceAll("[\\s\\p{Punct}|•·–—]", "").isEmpty();
    }

    /** The entries of a box, one per link with text, in order. */
    static List<Entry> entries(Element box) {
        Matcher label = LABEL.matcher(Text.normalize(box.text()));
        String written = label.lookingAt() ? label.group(1) : DEFAULT_LABEL;
        String shown = KEPT_LABELS.contains(written.toLowerCase(Locale.ROOT)) ? written : DEFAULT_LABEL;
        List<Entry> entries = new ArrayList<>();
        for (Element link : box.select("a")) {
            String title = Text.orNull(link.text());
            if (title == null || LABEL.matcher(title).replaceFirst("").isBlank()) {
                continue;
            }
            String href = Text.orNull(link.absUrl("href"));
            if (href == null) {
                href = Text.orNull(link.attr("href"));
            }
            entries.add(new Entry(shown, title, WebUrls.isWebUrl(href) ? href : null));
        }
        return entries;
    }
}
