package id.warta.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a saved page says around the article rather than in it, read before the page's furniture is dropped: the
 * lead picture's caption, and the editor named in the page's credit box ({@code Editor : Nama}, {@code Penyunting:
 * Nama}), which outlets print outside the article text and so would otherwise be lost.
 *
 * @param caption the lead picture's caption, or null
 * @param editorLines credit lines to add at the article's foot ({@code Editor: Nama}), in page order
 */
record PageCredits(String caption, List<String> editorLines) {
    /** Long enough for a photo caption with its credit, short enough not to be an article paragraph. */
    private static final int MAX_CAPTION = 400;
    private static final Pattern EDITOR = Pattern.compile(
            "(?i)^(?<role>editor|penyunting)\\s*:?\\s+(?<name>\\p{Lu}[\\p{L}.' -]{1,80}?)\\s*$");
    private static final String CAPTIONS = "figure figcaption, .photo__caption, .detail__media-caption, "
            + ".pic_caption, .foto-caption, .wp-caption-text, [itemprop=caption]";
    /** Elements whose own text opens with the role; the name may sit in a child link ({@code Editor <a>Nama</a>}). */
    private static final String CREDIT_BOXES = ":matchesOwn((?i)^\\s*(editor|penyunting)\\b)";

    PageCredits {
        editorLines = List.copyOf(editorLines);
    }

    static PageCredits of(Document page) {
        return new PageCredits(caption(page), editorLines(page));
    }

    private static String caption(Document page) {
        for (Element element : page.select(CAPTIONS)) {
            String text = Text.orNull(Text.normalize(element.text()));
            if (text != null && text.length() <= MAX_CAPTION) {
                return text;
            }
        }
        return null;
    }

    /** The first element whose whole text is one editor credit ("Pilihan Editor" boxes and prose do not match). */
    private static List<String> editorLines(Document page) {
        List<String> lines = new ArrayList<>();
        for (Element element : page.select(CREDIT_BOXES)) {
            Matcher m = EDITOR.matcher(Text.normalize(element.text()));
            if (m.matches()) {
                String role = m.group("role").toLowerCase(Locale.ROOT);
                lines.add((role.equals("editor") ? "Editor" : "Penyunting") + ": " + m.group("name").strip());
                break;
            }
        }
        return lines;
    }

    /** Whether the body already names an editor, as a credit line of its own or inside a joined one. */
    static boolean namesAnEditor(List<String> bodyLines) {
        Pattern named = Pattern.compile("(?i)\\b(?:editor|penyunting)\\s*:");
        return bodyLines.stream().anyMatch(line -> named.matcher(line).find());
    }
}
