package id.warta.site;

import java.text.Normalizer;
import java.util.Locale;

/** A headline reduced to lower-case letters and digits, so a read-also title matches despite case and punctuation. */
final class TitleKey {

    private TitleKey() {
    }

    static String of(String title) {
        String folded = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
