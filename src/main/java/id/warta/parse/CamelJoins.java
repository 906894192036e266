package id.warta.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Words a scraper ran together where a link or bold run was ({@code rencanaAmerika}, {@code dikutipAFP}): a word that
 * starts in lower case and turns to a capital after at least three lower-case letters ({@code di} and {@code ke} too)
 * is split there. Brand spellings start with a capital or have a one-letter prefix ({@code iPhone}, {@code YouTube},
 * {@code WhatsApp}, {@code TikTok}, {@code eBay}), so they are never split; the few lower-case brands that do not
 * ({@code detikNews}) are listed. What is left with a capital inside is reported, not guessed.
 */
final class CamelJoins {

    /** Lower-case prefixes that are brands, not words: {@code detikSore}, {@code kumparanBISNIS}. */
    static final Set<String> BRAND_PREFIXES = Set.of("detik", "kumparan", "kompas", "tempo", "liputan",
            "okezone", "suara", "tribun", "antara", "idn", "viva", "cnbc", "inews", "sindo", "jawapos", "republika");
    /** Two-letter words that scrapers glue to the next name: {@code diJakarta}, {@code keSurabaya}. */
    private static final Set<String> SHORT_WORDS = Set.of("di", "ke");
    /** Known camel-case names reported as fine when left in a word. */
    private static final Set<String> KNOWN = Set.of("iPhone", "iPad", "iOS", "iCloud", "iMac", "YouTube", "WhatsApp",
            "TikTok", "LinkedIn", "PlayStation", "McDonald's", "McDonald", "PayPal", "AirAsia", "NasDem", "GoPay",
            "GoJek", "GoFood", "ShopeePay", "OpenAI", "ChatGPT", "DeepSeek", "eBay", "eSports", "mAh", "kWh", "WiFi",
            "BlackBerry", "PowerPoint", "JavaScript", "MotoGP", "LeBron", "DiCaprio", "MacBook", "SpaceX", "FaceTime");

    /** Punctuation around a word. */
    private static final java.util.regex.Pattern EDGES = java.util.regex.Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");

    private CamelJoins() {
    }

    /** The text with safe joins split; a warning goes to {@code notes} for words left with an inner capital. */
    static String split(String text, List<String> notes) {
        if (!hasInnerCapital(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        List<String> left = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int end = i;
            while (end < n && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            if (end == i) {
                out.append(text.charAt(i++));
                continue;
            }
            String word = text.substring(i, end);
            String split = splitWord(word);
            out.append(split);
            if (split.equals(word) && isLeftJoin(word) && left.size() < 5) {
                left.add(word);
            }
            i = end;
        }
        if (!left.isEmpty()) {
            notes.add(leftNote(left));
        }
        return out.toString();
    }

    private static boolean hasInnerCapital(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** {@code rencanaAmerika} → {@code rencana Amerika}; anything doubtful is returned unchanged. */
    static String splitWord(String word) {
        int lead = 0;
        while (lead < word.length() && "\"“‘'(".indexOf(word.charAt(lead)) >= 0) {
            lead++;
        }
        if (lead == word.length() || !Character.isLowerCase(word.charAt(lead)) || word.indexOf('/') >= 0
                || word.indexOf('@') >= 0 || word.indexOf('_') >= 0 || word.indexOf('=') >= 0
                || word.indexOf('.') >= 0 && word.indexOf('.') < word.length() - 1) {
            return word;
        }
        int k = lead;
        while (k < word.length() && Character.isLowerCase(word.charAt(k))) {
            k++;
        }
        if (k == word.length() || !Character.isUpperCase(word.charAt(k))) {
            return word;
        }
        String prefix = word.substring(lead, k);
        if (prefix.length() < 3 && !SHORT_WORDS.contains(prefix) || BRAND_PREFIXES.contains(prefix)) {
            return word;
        }
        String rest = word.substring(k);
        if (rest.length() < 2 || !Character.isLetter(rest.charAt(1))) {
            return word; // a lone capital (a typo or a unit) is not a word
        }
        return word.substring(0, k) + " " + rest;
    }

    /** Whether a word still has a lower-to-upper turn after three lower-case letters that no known name explains. */
    private static boolean isLeftJoin(String word) {
        if (!hasInnerCapital(word)) {
            return false;
        }
        String core = EDGES.matcher(word).replaceAll("");
        if (KNOWN.contains(core) || core.indexOf('.') >= 0 || word.indexOf('/') >= 0 || word.indexOf('@') >= 0
                || word.startsWith("#")) {
            return false;
        }
        int lower = 0;
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if (Character.isUpperCase(c) && lower >= 3) {
                String prefix = core.substring(0, i).toLowerCase(java.util.Locale.ROOT);
                return BRAND_PREFIXES.stream().noneMatch(prefix::startsWith);
            }
            lower = Character.isLowerCase(c) ? lower + 1 : 0;
        }
        return false;
    }

    private static final String LEFT = "words that may be run together were left as written: ";
    private static final String LEFT_END = "; put a space between the words if a link joined them";

    private static String leftNote(List<String> words) {
        return LEFT + String.join(", ", words) + LEFT_END;
    }

    /** The note without the words a later repair split in {@code text}; null when none is left; other notes as given. */
    static String stillLeft(String note, String text) {
        if (!note.startsWith(LEFT) || !note.endsWith(LEFT_END)) {
            return note;
        }
        List<String> kept = new ArrayList<>();
        for (String word : note.substring(LEFT.length(), note.length() - LEFT_END.length()).split(", ")) {
            if (text.contains(word)) {
                kept.add(word);
            }
        }
        return kept.isEmpty() ? null : leftNote(kept);
    }
}
