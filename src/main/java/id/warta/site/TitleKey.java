package id.warta.site;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A headline reduced to lower-case letters and digits, so a read-also title matches despite case and punctuation. */
final class TitleKey {

    private TitleKey() {
    }

    /** A pure memo, bounded: every read-also line is looked up on each build and on each page that shows it. */
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
    private static final int MEMO_LIMIT = 100_000;

    static String of(String title) {
        if (KEYS.size() > MEMO_LIMIT) {
            KEYS.clear();
        }
        return KEYS.computeIfAbsent(title, TitleKey::fold);
    }

    private static String fold(String title) {
        String ascii = foldAscii(title);
        if (ascii != null) {
            return ascii;
        }
        String folded = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * The same fold for a plain ASCII title (most headlines) without the regular expressions: nothing to decompose,
     * ASCII letters and digits lower-cased, every run of anything else one space, none at either end. Null for a
     * title with any other character.
     */
    private static String foldAscii(String title) {
        StringBuilder folded = new StringBuilder(title.length());
        boolean gap = false;
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            boolean letter = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
                letter = true;
            }
            if (!letter) {
                gap = true;
                continue;
            }
            if (gap && !folded.isEmpty()) {
                folded.append(' ');
            }
            gap = false;
            folded.append(c);
        }
        return folded.toString();
    }
}
