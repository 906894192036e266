package id.warta.parse;

import java.util.Set;

/**
 * Where a read-also title ends when a scraper joined it to the next sentence ({@code Baca juga:Judul Berita Ini Dia
 * mengatakan …}). Indonesian titles capitalise every word but function words (PUEBI), so the title runs over
 * capitalised words and function words until the first other lower-case word; the sentence that follows starts one
 * capitalised word before it, or earlier at a word that opens sentences ({@code Namun}, {@code Menurut}) or that
 * repeats a name from the title (the story names its subject again).
 */
final class ReadAlsoTitles {

    /** A title longer than this is not believed; the read-also ends there. */
    static final int MAX_WORDS = 25;
    /** How many capitalised words before the first lower-case word can belong to the next sentence. */
    private static final int NEAR = 3;
    /** Words PUEBI keeps lower-case in titles, and a few more that editors do. */
    private static final Set<String> FUNCTION_WORDS = Set.of("di", "ke", "dari", "dan", "yang", "untuk", "pada",
            "dengan", "dalam", "oleh", "atau", "bagi", "tentang", "hingga", "melalui", "kepada", "terhadap", "akan",
            "per", "sebagai", "para", "si", "sang", "vs", "vs.", "soal", "usai", "jelang", "ala", "via", "of", "the",
            "and", "in", "at", "for", "to", "a", "de", "da", "van", "bin", "binti");
    /** Capitalised words that open a news sentence rather than end a title. */
    private static final Set<String> OPENERS = Set.of("Ia", "Dia", "Mereka", "Kami", "Kita", "Saya", "Hal", "Namun",
            "Sementara", "Selain", "Menurut", "Sebelumnya", "Adapun", "Kemudian", "Sedangkan", "Meski", "Meskipun",
            "Jika", "Bahkan", "Tidak", "Sejumlah", "Beberapa", "Sebanyak", "Ketika", "Setelah", "Berdasarkan",
            "Seperti", "Karena", "Akibatnya", "Kendati", "Padahal", "Lalu", "Selanjutnya", "Diketahui", "Dilansir",
            "Mengutip", "Melansir", "Dikutip", "Saat", "Dalam", "Pada", "Di", "Untuk", "Dengan", "Sebagai", "Kini",
            "Sebab", "Oleh", "Terkait", "Tak", "Pun", "Walau", "Walaupun", "Apalagi", "Selama", "Sejak", "Hingga",
            "Bagi", "Demikian", "Sebagaimana", "Terlebih", "Lebih", "Berikut", "Ini", "Itu", "Para", "Salah");

    private ReadAlsoTitles() {
    }

    /**
     * The end (exclusive) of the title that starts at {@code from} in {@code text}, no further than {@code limit}:
     * a character index at a word boundary, greater than {@code from} unless there is no word at all.
     */
    static int end(String text, int from, int limit) {
        int[] starts = new int[MAX_WORDS + 2];
        int[] ends = new int[MAX_WORDS + 2];
        int count = 0;
        int i = from;
        while (i < limit && count < MAX_WORDS + 1) {
            while (i < limit && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= limit) {
                break;
            }
            int s = i;
            while (i < limit && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            starts[count] = s;
            ends[count] = i;
            String word = text.substring(s, i);
            if (count > 0 && opensQuote(word)) {
                return ends[count - 1];
            }
            if (count > 0 && isLowerWord(word)) {
                return ends[sentenceStart(text, starts, ends, count) - 1];
            }
            count++;
            if (endsTitle(word)) {
                return i;
            }
        }
        return count == 0 ? from : ends[Math.min(count, MAX_WORDS) - 1];
    }

    /** The index of the first word of the sentence whose first lower-case word is word {@code k}; at least 1. */
    private static int sentenceStart(String text, int[] starts, int[] ends, int k) {
        int runStart = k;
        while (runStart - 1 >= 1 && isCapitalised(word(text, starts, ends, runStart - 1))) {
            runStart--;
        }
        if (runStart == k) {
            return k; // a function word before the first lower-case word: keep it in the title
        }
        // The subject before the first lower-case word is a name of a few words at most: look no further back.
        int near = Math.max(runStart, k - NEAR);
        for (int w = k - 1; w >= near; w--) {
            if (OPENERS.contains(strip(word(text, starts, ends, w)))) {
                return Math.max(1, w);
            }
        }
        for (int w = Math.max(near, 1); w < k - 1; w++) {
            String candidate = strip(word(text, starts, ends, w));
            for (int t = 0; t < w && t < runStart; t++) {
                if (candidate.length() > 2 && candidate.equals(strip(word(text, starts, ends, t)))) {
                    return w;
                }
            }
        }
        return Math.max(1, k - 1);
    }

    private static String word(String text, int[] starts, int[] ends, int k) {
        return text.substring(starts[k], ends[k]);
    }

    private static String strip(String word) {
        return word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }

    private static boolean isCapitalised(String word) {
        String core = strip(word);
        return !core.isEmpty() && (Character.isUpperCase(core.charAt(0)) || Character.isDigit(core.charAt(0)));
    }

    /** A lower-case word that is not a function word: the story has begun. */
    private static boolean isLowerWord(String word) {
        String core = strip(word);
        return !core.isEmpty() && Character.isLowerCase(core.charAt(0))
                && !FUNCTION_WORDS.contains(core.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean opensQuote(String word) {
        return word.length() > 1 && "\"“".indexOf(word.charAt(0)) >= 0;
    }

    /** A title's own last word can end with a question or exclamation mark. */
    private static boolean endsTitle(String word) {
        return word.endsWith("?") || word.endsWith("!") || word.endsWith("?\"") || word.endsWith("!\"");
    }
}
