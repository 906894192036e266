package id.warta.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * One word of a paragraph with the punctuation around it, so that finders never run a name across a comma, a
 * bracket or a sentence end.
 *
 * @param text the word without the punctuation before or after it
 * @param lead punctuation written before it ({@code (}, a quote mark), or empty
 * @param trail punctuation written after it ({@code ,}, {@code .}, {@code )}), or empty
 */
record Word(String text, String lead, String trail) {

    /** Whether nothing but a space stands between this word and the next. */
    boolean joinsNext(Word next) {
        return trail.isEmpty() && next.lead.isEmpty();
    }

    /** Whether the word is written in brackets on its own: {@code (BMKG)}. */
    boolean bracketed() {
        return lead.endsWith("(") && trail.startsWith(")");
    }

    /** Whether a sentence ends after this word. */
    boolean endsSentence() {
        return trail.contains(".") || trail.contains("!") || trail.contains("?");
    }

    /** The words of a text; punctuation alone between spaces (a dash, a quote mark) ends the word before it. */
    static List<Word> split(String text) {
        List<Word> words = new ArrayList<>();
        for (String raw : text.split("\\s+")) {
            if (raw.isEmpty()) {
                continue;
            }
            int start = 0;
            int end = raw.length();
            while (start < end && !Character.isLetterOrDigit(raw.charAt(start))) {
                start++;
            }
            while (end > start && !Character.isLetterOrDigit(raw.charAt(end - 1))) {
                end--;
            }
            if (start == end) {
                if (!words.isEmpty()) {
                    Word last = words.remove(words.size() - 1);
                    words.add(new Word(last.text, last.lead, last.trail + raw));
                }
                continue;
            }
            words.add(new Word(raw.substring(start, end), raw.substring(0, start), raw.substring(end)));
        }
        return words;
    }

    /** Words {@code from} to {@code to} (exclusive) as written, commas between them kept. */
    static String phrase(List<Word> words, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            Word w = words.get(i);
            text.append(w.text());
            if (i + 1 < to) {
                text.append(w.trail().equals(",") ? ", " : " ");
            }
        }
        return text.toString();
    }
}
