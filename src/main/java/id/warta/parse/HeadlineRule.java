package id.warta.parse;

/**
 * Headlines (conventions §7). A title line is recognised here; a derived headline is the lede's first sentence,
 * cut at a word boundary and styled as an Indonesian title. Author-given headlines are never recased.
 */
final class HeadlineRule {

    /** A title line is short: longer first lines are ledes without a dateline. */
    static final int MAX_TITLE_LINE = 150;
    private static final int MAX_TITLE_WORDS = 25;

    private HeadlineRule() {
    }

    /** Whether a first line reads as a title: short, at least two words, and not a sentence or a lead-in. */
    static boolean isTitleLine(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > MAX_TITLE_LINE || Text.wordCount(t) < 2 || Text.wordCount(t) > MAX_TITLE_WORDS) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return !Text.endsLikeSentence(t) && last != ':' && last != ',' && last != ';' && !t.startsWith("\"")
                && !t.startsWith("“");
    }

    private static boolean cut(String sentence, String lede) {
        return !Text.firstSentence(lede.strip()).strip().replaceAll("[\\s.,;:\\-–—]+$", "").equals(sentence);
    }

    /**
     * A cut headline must not end on a word that announces more ("... Proyek Jalan di"): drop trailing function
     * words and the punctuation before them, keeping at least one word.
     */
    static String dropDanglingWords(String sentence) {
        String result = sentence;
        while (true) {
            int space = result.lastIndexOf(' ');
            if (space <= 0) {
                return result;
            }
            String last = result.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
            if (!TitleCase.FUNCTION_WORDS.contains(last)) {
                return result;
            }
            result = result.substring(0, space).replaceAll("[\\s.,;:\\-–—]+$", "");
        }
    }

    /** The headline derived from a lede (its dateline already removed). */
    static String fromLede(String lede, int maxLength) {
        String sentence = Text.firstSentence(lede.strip()).strip().replaceAll("[\\s.,;:\\-–—]+$", "");
        if (sentence.length() > maxLength) {
            int cut = sentence.lastIndexOf(' ', maxLength);
            sentence = cut > 0 ? sentence.substring(0, cut) : sentence.substring(0, maxLength);
        }
        sentence = sentence.replaceAll("[\\s.,;:\\-–—]+$", "");
        if (cut(sentence, lede)) {
            sentence = dropDanglingWords(sentence);
        }
        return TitleCase.apply(sentence);
    }
}
