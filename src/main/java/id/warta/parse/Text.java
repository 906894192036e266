package id.warta.parse;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

/** Small text helpers shared by the rules. */
final class Text {

    /** Runs of white space, for splitting text into words. */
    static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Abbreviations whose full stop does not end a sentence ({@code kata dr. Siti}, {@code Prof. Dr. Ir. X}). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "dr", "drg", "prof", "h", "hj", "ir", "st", "drs", "dra", "jl", "jln", "sp", "kh", "mr", "mrs", "ms", "ny",
            "tn", "sdr", "no", "kec", "kab", "kel", "ds", "gg", "dkk", "dll", "dsb", "tgl", "vs", "rp", "pt", "tbk",
            "cv", "inc", "co", "ltd", "jr", "sr", "mt", "bpk", "ibu", "apt", "se", "sh", "mh", "mm", "mpd", "phd");

    private Text() {
    }

    /** The line as the rules see it: trimmed, with no-break spaces and {@code &nbsp;} read as spaces. */
    static String clean(String raw) {
        if (!hasSpaceLookalike(raw)) {
            return raw.strip(); // most lines: nothing to replace, so spare them the five scans below
        }
        String text = raw.indexOf('&') >= 0 ? raw.replace("&nbsp;", " ") : raw;
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ').replace("\uFEFF", "").strip();
    }

    /**
     * Whether {@link #clean} has anything to replace: {@code &}, a no-break space or a byte-order mark. String.indexOf
     * is the cheapest scan for the Latin-1 text of most lines, and answers at once for a char that text cannot hold.
     */
    private static boolean hasSpaceLookalike(String raw) {
        return raw.indexOf('&') >= 0 || raw.indexOf('\u00A0') >= 0 || raw.indexOf('\u202F') >= 0
                || raw.indexOf('\u2007') >= 0 || raw.indexOf('\uFEFF') >= 0;
    }

    /** Whether the full stop at {@code dot} ends a sentence: not inside a word, not after an abbreviation or initial. */
    static boolean endsSentence(String text, int dot) {
        if (dot + 1 < text.length() && !Character.isWhitespace(text.charAt(dot + 1))
                && "\"”’')".indexOf(text.charAt(dot + 1)) < 0) {
            return false;
        }
        int start = dot;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        return !ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** The first sentence of a text: up to the first sentence-ending mark, which is kept. */
    static String firstSentence(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return text.substring(0, i + 1);
            }
            if (c == '.' && endsSentence(text, i)) {
                return text.substring(0, i + 1);
            }
        }
        return text;
    }

    /** Whether a line ends the way a sentence does, with the mark possibly inside closing quotes. */
    static boolean endsLikeSentence(String text) {
        String t = text.strip();
        while (!t.isEmpty() && "\"”’')".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return !t.isEmpty() && ".!?…".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /**
     * Lower-case ASCII words to look for with {@link #containsIgnoringAsciiCase}, with a table of their first letters
     * so that most characters of a text are passed over with one array read.
     */
    static final class AsciiStems {
        private final char[][] stems;
        private final boolean[] firstLetters = new boolean[128];

        AsciiStems(String... words) {
            stems = new char[words.length][];
            for (int i = 0; i < words.length; i++) {
                stems[i] = words[i].toCharArray();
                firstLetters[stems[i][0]] = true;
            }
        }
    }

    /**
     * Whether {@code text} contains one of {@code stems}, ignoring ASCII case. A pre-check: a pattern compiled with
     * {@code (?i)} but without {@code UNICODE_CASE} can only match text that contains its literal words this way.
     */
    static boolean containsIgnoringAsciiCase(String text, AsciiStems stems) {
        // One bulk copy, then plain array reads (String.charAt costs a call per char in C1-compiled code). Latin-1
        // bytes are a plain copy for the Latin-1 text of most paragraphs; any other char becomes '?', which is
        // not a letter, so no stem is found or lost by the encoding.
        byte[] chars = text.getBytes(StandardCharsets.ISO_8859_1);
        boolean[] firstLetters = stems.firstLetters;
        for (int i = 0; i < chars.length; i++) {
            int c = chars[i] | 0x20; // ASCII upper to lower case; no other byte becomes a letter
            if (c >= 0 && c < 128 && firstLetters[c]) {
                for (char[] stem : stems.stems) {
                    if (c == stem[0] && startsWithIgnoringAsciiCase(chars, i, stem)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean startsWithIgnoringAsciiCase(byte[] chars, int from, char[] stem) {
        if (from + stem.length > chars.length) {
            return false;
        }
        for (int k = 1; k < stem.length; k++) {
            if ((chars[from + k] | 0x20) != stem[k]) {
                return false;
            }
        }
        return true;
    }

    static int wordCount(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
