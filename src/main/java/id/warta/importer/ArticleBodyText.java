package id.warta.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Body lines from JSON-LD {@code articleBody}: split at its line breaks (or its markup, which some outlets put in
 * it), then given the page's read-also boxes back at the place they stood, since the JSON text has none.
 */
final class ArticleBodyText {
    /** How much of a paragraph identifies it when matching JSON paragraphs to page paragraphs. */
    private static final int KEY_LENGTH = 60;

    private ArticleBodyText() {
    }

    /**
     * The paragraphs of an articleBody. Some outlets put entity-escaped HTML in it, so entities are decoded once and
     * any markup then flattened like the page's own; nothing of it is kept as markup.
     */
    static List<BodyLines.Line> split(String articleBody, int line) {
        String withBreaks = Parser.unescapeEntities(articleBody, false).replaceAll("\\R", "<br>");
        Document fragment = Jsoup.parseBodyFragment(withBreaks);
        Noise.removeNeverText(fragment);
        return BodyLines.of(List.of(fragment.body()), line).lines();
    }

    /**
     * The JSON paragraphs followed by what the page has after the JSON's last paragraph (credit lines such as
     * {@code Pewarta: ...} that outlets leave out of the JSON), when that paragraph can be found on the page.
     */
    static List<BodyLines.Line> withPageTail(List<BodyLines.Line> json, List<BodyLines.Line> page) {
        List<BodyLines.Line> result = new ArrayList<>(json);
        if (json.isEmpty()) {
            return result;
        }
        String last = key(json.get(json.size() - 1).text());
        int anchor = indexOf(page, last, 0);
        if (anchor < 0) {
            return result;
        }
        Set<String> present = new HashSet<>();
        json.forEach(l -> present.add(key(l.text())));
        for (BodyLines.Line line : page.subList(anchor + 1, page.size())) {
            if (!line.readAlso() && present.add(key(line.text()))) {
                result.add(line);
            }
        }
        return result;
    }

    /**
     * The JSON paragraphs with each read-also line of the page inserted after the paragraph it followed there;
     * where that paragraph cannot be found, at the same relative position.
     */
    static List<BodyLines.Line> withReadAlso(List<BodyLines.Line> json, List<BodyLines.Line> page) {
        List<BodyLines.Line> result = new ArrayList<>(json);
        Set<String> present = new HashSet<>();
        json.forEach(l -> present.add(key(l.text())));
        long pageParagraphs = page.stream().filter(l -> !l.readAlso()).count();
        int paragraphsSeen = 0;
        String previous = null;
        int insertAt = 0;
        for (BodyLines.Line line : page) {
            if (!line.readAlso()) {
                paragraphsSeen++;
                previous = key(line.text());
                continue;
            }
            if (present.contains(key(line.text()))) {
                continue;
            }
            int anchor = previous == null ? -1 : indexOf(result, previous, insertAt);
            if (anchor >= 0) {
                insertAt = anchor + 1;
            } else if (previous == null) {
                insertAt = 0;
            } else {
                insertAt = Math.max(insertAt,
                        (int) Math.round((double) paragraphsSeen * json.size() / Math.max(1, pageParagraphs)));
                insertAt = Math.min(insertAt, result.size());
            }
            result.add(insertAt, line);
            insertAt++;
        }
        return result;
    }

    private static int indexOf(List<BodyLines.Line> lines, String key, int from) {
        for (int i = Math.max(0, from - 1); i < lines.size(); i++) {
            if (!lines.get(i).readAlso() && key(lines.get(i).text()).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** Letters and digits of a paragraph's start, lower case, so spacing and punctuation differences do not matter. */
    private static String key(String text) {
        String letters = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return letters.length() <= KEY_LENGTH ? letters : letters.substring(0, KEY_LENGTH);
    }
}
