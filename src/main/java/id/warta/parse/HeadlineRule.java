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

    /** The headline derived from a lede (its dateline already removed). */
    static String fromLede(String lede, int maxLength) {
        String sentence = Text.firstSentence(lede.strip()).strip().replaceAll("[\\s.,;:\\-–—]+$", "");
        if (sentence.length() > maxLength) {
            int cut = sentence.lastIndexOf(' ', maxLength);
            sentence = cut > 0 ? sentence.substring(0, cut) : sentence.substring(0, maxLength);
        }
        sentence = sentence.replaceAll("[\\s.,;:\\-–—]+$", "");
        return TitleCase.apply(sentence);
    }
}
