package id.warta.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Titles and the words of roles and institutions, which are kept apart from names: {@code Menteri} is a role,
 * {@code Keuangan} belongs to it, {@code Sri Mulyani} is the name.
 */
final class Roles {
    /** Longest title, in words ({@code jaksa penuntut umum}). */
    static final int MAX_TITLE_WORDS = 3;
    /** pe-…-an, per-…-an, ke-…-an nouns, ministries' short names (kemen-), and -si, -onal, -itas, -isme, -oner words of eight letters or more. */
    private static final Pattern ABSTRACT_NOUN = Pattern.compile("(?=\\p{L}{8,}$)(?:(?:pe|ke)\\p{L}+an|kemen\\p{L}+|\\p{L}+(?:si"
            + "|onal|itas|isme|oner))");
    private static final Set<String> TITLES = lowerCase(Lists.read("titles.txt"));
    private static final Set<String> ROLE_WORDS = lowerCase(Lists.read("role-words.txt"));
    /** Lower-case words that may stand between a title and a name: {@code Jenderal tertinggi AS Mark Milley}. */
    private static final Set<String> MODIFIERS = Set.of("tertinggi", "senior", "utama", "baru", "terpilih",
            "nonaktif", "sementara", "definitif", "asal", "bidang", "urusan", "kabupaten", "kota", "provinsi",
            "negara", "umum", "dan", "muda", "madya");

    private Roles() {
    }

    /** How many words of the title starting at word {@code i} ({@code Wakil Presiden} is 2); 0 when none. */
    static int titleAt(List<Word> words, int i) {
        int best = 0;
        StringBuilder title = new StringBuilder();
        for (int n = 0; n < MAX_TITLE_WORDS && i + n < words.size(); n++) {
            if (n > 0) {
                if (!words.get(i + n - 1).joinsNext(words.get(i + n))) {
                    break;
                }
                title.append(' ');
            }
            title.append(words.get(i + n).text().toLowerCase(Locale.ROOT));
            if (TITLES.contains(title.toString())) {
                best = n + 1;
            }
        }
        return best;
    }

    static boolean isTitle(String word) {
        return TITLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * A capitalised word that describes a role or an institution: {@code Keuangan}, {@code Militer}, and any
     * abstract noun by its affixes ({@code Pemberdayaan}, {@code Koordinasi}, {@code Operasional}), which no
     * given name has.
     */
    static boolean isRoleWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return ROLE_WORDS.contains(lower) || ABSTRACT_NOUN.matcher(lower).matches();
    }

    /** A lower-case word that may stand inside a role: {@code tertinggi}. */
    static boolean isModifier(String word) {
        return MODIFIERS.contains(word);
    }

    private static Set<String> lowerCase(List<String> entries) {
        Set<String> set = new HashSet<>();
        for (String entry : entries) {
            set.add(entry.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        }
        return Set.copyOf(set);
    }
}
