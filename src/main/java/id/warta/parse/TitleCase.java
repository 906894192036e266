package id.warta.parse;

import java.util.Locale;
import java.util.Set;

/**
 * Indonesian title capitalisation (PUEBI/EYD V, conventions §7), applied only to headlines the parser derives itself:
 * every word capitalised except function words that are not first; full reduplication capitalises both parts
 * ({@code Anak-Anak}), affixed reduplication only the first ({@code Tarik-menarik}); acronyms and brand casing
 * ({@code DPR}, {@code iPhone}, {@code (AS)}) stay as written.
 */
final class TitleCase {

    /** Function words kept lower-case inside a title (PUEBI names the first six; editors extend the list as below). */
    static final Set<String> FUNCTION_WORDS = Set.of("di", "ke", "dari", "dan", "yang", "untuk", "pada", "dengan",
            "dalam", "oleh", "atau", "bagi", "tentang", "hingga", "melalui", "kepada", "terhadap", "akan", "per",
            "sebagai", "para", "si", "sang", "atas", "soal", "antara", "sejak", "serta", "tanpa", "bahwa", "agar",
            "karena", "demi", "selama", "seperti", "lewat", "menuju", "setelah", "sebelum", "ketika", "sehingga");

    private TitleCase() {
    }

    static String apply(String text) {
        String[] words = text.strip().split(" ");
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word(word, first));
            first = false;
        }
        return out.toString();
    }

    private static String word(String token, boolean first) {
        int start = 0;
        while (start < token.length() && !Character.isLetterOrDigit(token.charAt(start))) {
            start++;
        }
        int end = token.length();
        while (end > start && !Character.isLetterOrDigit(token.charAt(end - 1))) {
            end--;
        }
        if (start >= end) {
            return token;
        }
        String core = token.substring(start, end);
        return token.substring(0, start) + core(core, first) + token.substring(end);
    }

    private static String core(String core, boolean first) {
        if (keepsCasing(core)) {
            return core;
        }
        String lower = core.toLowerCase(Locale.ROOT);
        if (!first && FUNCTION_WORDS.contains(lower)) {
            return lower;
        }
        int hyphen = core.indexOf('-');
        if (hyphen > 0) {
            String[] parts = core.split("-", -1);
            boolean full = parts.length == 2 && parts[0].equalsIgnoreCase(parts[1]);
            StringBuilder out = new StringBuilder(capitalise(parts[0]));
            for (int i = 1; i < parts.length; i++) {
                out.append('-').append(full ? capitalise(parts[i]) : parts[i]);
            }
            return out.toString();
        }
        return capitalise(core);
    }

    /** Acronyms, brands and words with digits keep their casing: a capital after the first letter says so. */
    private static boolean keepsCasing(String core) {
        for (int i = 1; i < core.length(); i++) {
            char c = core.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c) && i < core.length() - 1) {
                return true;
            }
        }
        return Character.isDigit(core.charAt(0));
    }

    private static String capitalise(String word) {
        if (word.isEmpty()) {
            return word;
        }
        int first = word.codePointAt(0);
        return new String(Character.toChars(Character.toTitleCase(first))) + word.substring(Character.charCount(first));
    }
}
