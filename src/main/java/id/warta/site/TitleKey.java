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
        String folded = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
