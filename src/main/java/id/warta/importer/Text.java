package id.warta.importer;

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
}
