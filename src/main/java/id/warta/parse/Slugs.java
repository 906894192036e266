package id.warta.parse;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe names: lower-case ASCII words joined by hyphens, at most 80 characters cut at a word boundary. */
public final class Slugs {
    public static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    /** The slug for a headline or an author-given slug; "artikel" when nothing usable is left. */
    public static String fromHeadline(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String[] words = ascii.toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
        StringBuilder slug = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            int extra = slug.length() == 0 ? word.length() : word.length() + 1;
            if (slug.length() + extra > MAX_LENGTH) {
                if (slug.length() == 0) {
                    slug.append(word, 0, MAX_LENGTH);
                }
                break;
            }
            if (slug.length() > 0) {
                slug.append('-');
            }
            slug.append(word);
        }
        return slug.length() == 0 ? "artikel" : slug.toString();
    }
}
