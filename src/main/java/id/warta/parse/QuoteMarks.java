package id.warta.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs the quote marks of a paragraph (all already read as {@code "}) by which way each faces, not by counting:
 * a mark with a space before it and a letter after it opens, one with a letter or punctuation before it and a space
 * after it closes. A stray mark (a closing one where none is open) is passed over instead of flipping every pair after
 * it, which is how a span of narration between two quotes was once taken for a quote.
 */
final class QuoteMarks {

    private QuoteMarks() {
    }

    /** Spans {@code [open, close]} by index of their marks; a quote left open runs to the end ({@code close = length}). */
    static List<int[]> pair(String text) {
        List<int[]> spans = new ArrayList<>();
        int open = -1;
        for (int i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
            boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{—–-".indexOf(text.charAt(i - 1)) >= 0;
            boolean spaceAfter = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))
                    || ",.;:!?)]".indexOf(text.charAt(i + 1)) >= 0;
            if (open < 0) {
                if (spaceAfter && !spaceBefore) {
                    continue; // faces backwards with nothing open: a stray closing mark
                }
                open = i;
            } else if (spaceBefore && !spaceAfter) {
                open = i; // faces forwards while a quote is open: the earlier mark was stray
            } else {
                spans.add(new int[] {open, i});
                open = -1;
            }
        }
        if (open >= 0) {
            spans.add(new int[] {open, text.length()});
        }
        return spans;
    }
}
