package id.warta.parse;

import java.util.regex.Pattern;

/**
 * The tag list a news page prints under the article, copied with it as short lower-case lines ({@code luna maya},
 * {@code film jalan pulang}). Only a run of at least two such lines at the very end of the body counts, after a line
 * that closes the story (a sentence end, initials, an end marker, furniture), so a story's own last words are safe.
 */
final class TagLines {

    /** A tag: lower-case words, digits and hyphens, at most five words. */
    private static final Pattern TAG = Pattern.compile("^[\\p{Ll}\\p{N}][\\p{Ll}\\p{N}'-]{0,30}(?: [\\p{Ll}\\p{N}][\\p{Ll}\\p{N}'-]{0,30}){0,4}$");
    private static final int MAX_LENGTH = 50;
    private static final int MIN_TAGS = 2;

    private TagLines() {
    }

    static boolean isTag(String clean) {
        return clean.length() <= MAX_LENGTH && TAG.matcher(clean).matches();
    }

    /** The index of the first tag line in {@code texts} (cleaned, blanks as empty strings), or -1 when none. */
    static int firstTag(String[] texts) {
        int first = -1;
        int count = 0;
        int i = texts.length - 1;
        for (; i >= 0; i--) {
            if (texts[i].isEmpty()) {
                continue;
            }
            if (!isTag(texts[i])) {
                break;
            }
            first = i;
            count++;
        }
        if (count < MIN_TAGS || i < 0) {
            return -1;
        }
        String before = texts[i];
        boolean closes = Text.endsLikeSentence(before) || CreditsPeeler.footKind(before) != null
                || LineClassifier.classify(before) != LineKind.TEXT;
        return closes ? first : -1;
    }
}
