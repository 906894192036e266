package id.warta.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks joined text into paragraphs of a few sentences, as the outlets paragraph news: at sentence ends only, never
 * inside a quotation, with a quotation starting a paragraph of its own and ending it after its speech verb. A full stop
 * after an abbreviation ({@code No.}, {@code Jl.}, {@code dr.}, {@code S.H.}), an initial or inside a number
 * ({@code Rp 1.000}) is not a sentence end.
 */
final class Paragraphing {

    /** Sentences per paragraph when nothing else decides. */
    static final int SENTENCES = 3;
    /** A paragraph that reaches this length ends at its next sentence end. */
    static final int SOFT_LENGTH = 600;
    /** A quotation that never closes (a stray mark) is broken at sentence ends past this length. */
    static final int QUOTE_LENGTH = 1200;
    /** Text with no sentence end at all is cut at a space past this length, so no paragraph is a wall. */
    static final int HARD_LENGTH = 1400;

    private Paragraphing() {
    }

    static List<String> split(String text) {
        List<String> paragraphs = new ArrayList<>();
        int n = text.length();
        int start = skipSpace(text, 0);
        int sentences = 0;
        boolean inStraight = false;
        int curlyDepth = 0;
        boolean hadQuote = false;
        int lastSpace = -1;
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                inStraight = !inStraight;
                hadQuote = true;
            } else if (c == '“') {
                curlyDepth++;
                hadQuote = true;
            } else if (c == '”') {
                curlyDepth = Math.max(0, curlyDepth - 1);
            } else if (Character.isWhitespace(c)) {
                lastSpace = i;
            }
            boolean quoted = inStraight || curlyDepth > 0;
            int length = i - start;
            if (length >= HARD_LENGTH) {
                int cut = lastSpace > start ? lastSpace : i;
                paragraphs.add(text.substring(start, cut).strip());
                start = skipSpace(text, cut);
                i = start - 1;
                sentences = 0;
                inStraight = false;
                curlyDepth = 0;
                hadQuote = false;
                continue;
            }
            if (!isSentenceEnd(text, i)) {
                continue;
            }
            int end = i + 1;
            while (end < n && "\"”’')".indexOf(text.charAt(end)) >= 0) {
                if (text.charAt(end) == '"') {
                    inStraight = !inStraight;
                } else if (text.charAt(end) == '”') {
                    curlyDepth = Math.max(0, curlyDepth - 1);
                }
                end++;
            }
            quoted = inStraight || curlyDepth > 0;
            int next = skipSpace(text, end);
            if (next >= n) {
                break;
            }
            if (quoted && end - start < QUOTE_LENGTH || !startsSentence(text.charAt(next))) {
                i = end - 1;
                continue;
            }
            sentences++;
            boolean quoteNext = "\"“".indexOf(text.charAt(next)) >= 0;
            if (sentences >= SENTENCES || end - start >= SOFT_LENGTH || hadQuote || quoteNext) {
                paragraphs.add(text.substring(start, end).strip());
                start = next;
                sentences = 0;
                hadQuote = false;
                inStraight = false;
                curlyDepth = 0;
            }
            i = next - 1;
        }
        if (start < n) {
            String rest = text.substring(start).strip();
            if (!rest.isEmpty()) {
                paragraphs.add(rest);
            }
        }
        return paragraphs;
    }

    private static boolean isSentenceEnd(String text, int i) {
        char c = text.charAt(i);
        if (c == '!' || c == '?') {
            return true;
        }
        return c == '.' && Text.endsSentence(text, i) && !(i > 0 && text.charAt(i - 1) == '.');
    }

    /** A sentence starts with a capital, a digit or an opening quote; anything else continues the sentence. */
    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'(".indexOf(c) >= 0;
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
