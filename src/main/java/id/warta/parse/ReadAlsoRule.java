package id.warta.parse;

import java.util.regex.Matcher;

/** Read-also lines (conventions §2): a label and the related title, on one line or as a labelled box of lines. */
final class ReadAlsoRule {

    /** Titles under a lone label are short; a longer line is the next paragraph. */
    static final int MAX_BOX_TITLE = 160;
    private static final int MAX_BOX_TITLE_WORDS = 25;
    /** Every read-also label has this word. */
    private static final Text.AsciiStems JUGA = new Text.AsciiStems("juga");

    /** A label and title read from one line. */
    record Link(String label, String title) { }

    private ReadAlsoRule() {
    }

    /** The link on a line such as {@code Baca Juga: Judul} or {@code (BACA : Judul)}, or null. */
    static Link inline(String cleanText) {
        Matcher m = Patterns.ReadAlso.PARENTHESISED.matcher(cleanText);
        if (!m.matches()) {
            m = Patterns.ReadAlso.INLINE.matcher(cleanText);
            if (!m.matches()) {
                return null;
            }
        }
        String title = m.group("title").strip();
        if (title.isEmpty()) {
            return null;
        }
        return new Link(m.group("label").replaceAll("\\s+", " "), title);
    }

    /** The label of a lone label line, as written. */
    static String aloneLabel(String cleanText) {
        Matcher m = Patterns.ReadAlso.LABEL_ALONE.matcher(cleanText);
        return m.matches() ? m.group("label").replaceAll("\\s+", " ") : null;
    }

    /** Whether a line can be a related title under a lone label: short, and not a sentence. */
    static boolean isBoxTitle(String cleanText) {
        return !cleanText.isEmpty() && cleanText.length() <= MAX_BOX_TITLE
                && Text.wordCount(cleanText) <= MAX_BOX_TITLE_WORDS
                && !cleanText.endsWith(".") && !cleanText.endsWith(".\"") && !cleanText.endsWith(".”")
                && !cleanText.endsWith(":") && !cleanText.endsWith(",");
    }

    /** The read-also label a scraper joined into a paragraph, as written, or null (flagged, never guessed apart). */
    static String labelInside(String paragraph) {
        if (!Text.containsIgnoringAsciiCase(paragraph, JUGA)) {
            return null; // the label always has "juga"; most paragraphs are spared the regex
        }
        Matcher m = Patterns.ReadAlso.INSIDE.matcher(paragraph);
        while (m.find()) {
            if (m.start() > 0) {
                return m.group();
            }
        }
        return null;
    }
}
