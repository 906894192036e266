package id.warta.parse;

import java.util.List;

/**
 * Lines a browser broke when text was copied from a page: each link or bold run becomes its own line
 * ({@code Jakarta} / {@code -} / {@code Luna Maya} / {@code ternyata memiliki …}). A line that does not end a
 * sentence is joined to the next when that one starts in lower case or with punctuation, or when it ends with a comma;
 * a lone dash joins the lines
 * around it when a place stands before it. Only ordinary text is joined, never furniture, read-also or credit lines.
 */
final class LineJoins {

    private LineJoins() {
    }

    /** How a line joins the one before it: not at all, with a space, or directly (punctuation). */
    enum Join { NONE, SPACE, TIGHT }

    /** How {@code next} continues {@code previous}, both cleaned and both ordinary text. */
    static Join join(String previous, String next) {
        if (previous.isEmpty() || next.isEmpty() || Text.endsLikeSentence(previous) || previous.endsWith(":")) {
            return Join.NONE;
        }
        char first = next.charAt(0);
        if (",.;:!?)".indexOf(first) >= 0 && !next.startsWith("...")) {
            return Join.TIGHT;
        }
        if (Character.isLowerCase(first) && !startsList(next)) {
            return Join.SPACE;
        }
        if (previous.endsWith(",") && !startsList(next)) {
            return Join.SPACE; // a paragraph never ends on a comma: the next line, often a linked name, goes on
        }
        return Join.NONE;
    }

    /** A lone dash, the separator of a {@code Place} / {@code -} dateline broken over lines. */
    static boolean isLoneDash(String text) {
        return text.equals("-") || text.equals("–") || text.equals("—") || text.equals("--");
    }

    /** Whether a lone dash after {@code previous} is a broken dateline: a known place, or a place with its outlet. */
    static boolean datelineBefore(String previous) {
        DatelineRule.Found found = DatelineRule.find(previous);
        return found != null && found.rest().isEmpty() || Places.isKnown(previous);
    }

    /** {@code a. pertama}, {@code - butir}: list items are lines on purpose. */
    private static boolean startsList(String text) {
        return text.length() > 2 && (text.charAt(1) == '.' || text.charAt(1) == ')') || text.startsWith("- ");
    }

    /** Whether every line of {@code lines} is ordinary text the classifier left alone. */
    static boolean plain(List<String> lines) {
        for (String line : lines) {
            if (LineClassifier.classify(line) != LineKind.TEXT || CreditsPeeler.footKind(Text.clean(line)) != null) {
                return false;
            }
        }
        return true;
    }
}
