package id.warta.parse;

import id.warta.model.Quote;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A headline composed from the text when it has none (conventions §7): the lede's first sentence without its
 * dateline and time adjuncts ({@code pada Kamis (21/5)}, {@code Senin (20/10/2025) pagi}), cut only where a clause
 * ends (a comma, or before {@code yang}, {@code setelah}, {@code karena}…), never inside a name, number or brackets,
 * never ending on a preposition or conjunction. A lede that is a quotation gives way to the next sentence that is
 * not one, or else to {@code Speaker: quote}.
 */
final class DerivedHeadline {

    private static final String DAY = "(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)";
    private static final String MONTH = "(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober"
            + "|November|Desember|Jan|Feb|Mar|Apr|Jun|Jul|Agu|Agt|Sep|Okt|Nov|Des)";
    /** {@code pada Kamis (21/5) sore}, {@code , Senin (20/10/2025)}, {@code pada 12 Mei 2024}, {@code pukul 14.30 WIB}. */
    private static final Pattern TIME_ADJUNCT = Pattern.compile("(?:(?:,\\s*|\\s+)(?:(?:pada|sejak|hingga|sampai|mulai)"
            + "\\s+)?(?:hari\\s+)?" + DAY + "\\s*,?\\s*(?:\\(\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\)|\\d{1,2}\\s+" + MONTH
            + "(?:\\s+\\d{4})?)?|(?:,\\s*|\\s+(?:pada|sejak|mulai)\\s+)\\d{1,2}\\s+" + MONTH + "(?:\\s+\\d{4})?"
            + "|\\s*\\(\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\))"
            + "(?:\\s+(?:pagi|siang|sore|malam|dini\\s+hari|petang|kemarin|lalu))?"
            + "(?:,?\\s+(?:sekitar\\s+)?pukul\\s+\\d{1,2}[.:]\\d{2}(?:\\s+(?:WIB|WITA|WIT))?)?(?=[\\s,.;:]|$)");
    private static final Pattern LEADING_DASH = Pattern.compile("^[\\s\\-–—:|]+");
    /** Words a clause may begin with: a headline may end just before them. */
    private static final Set<String> CLAUSE_STARTS = Set.of("yang", "setelah", "usai", "karena", "sehingga", "agar",
            "supaya", "ketika", "saat", "sejak", "meski", "meskipun", "walaupun", "sebab", "lantaran", "demi", "untuk",
            "dengan", "dalam", "pada", "di", "melalui", "sebagai", "serta", "dan", "tetapi", "namun", "hingga",
            "sebelum", "akibat", "bahwa", "jika", "apabila", "seiring", "menyusul", "terkait", "guna", "sebesar",
            "sekitar", "bersama", "kepada", "dari", "ke", "atas", "oleh", "tanpa", "selama", "menjelang", "jelang");
    /** Words a headline must not end on: prepositions, conjunctions and words that announce more. */
    static final Set<String> DANGLING = Set.of("di", "ke", "dari", "dan", "yang", "untuk", "pada", "dengan", "dalam",
            "oleh", "atau", "bagi", "tentang", "hingga", "melalui", "kepada", "terhadap", "akan", "per", "sebagai",
            "para", "si", "sang", "serta", "tetapi", "namun", "bahwa", "karena", "agar", "supaya", "jika", "ketika",
            "saat", "sejak", "sampai", "yakni", "yaitu", "seperti", "antara", "usai", "setelah", "sebelum", "atas",
            "soal", "terkait", "menjadi", "adalah", "ialah", "merupakan", "tak", "tidak", "bukan", "juga", "pun",
            "sedangkan", "sementara", "meski", "bersama", "sebesar", "sekitar", "tanpa", "selama", "akibat", "demi",
            "guna", "telah", "sudah", "masih", "belum", "lebih", "sangat", "paling", "the", "of", "and", "berbagai",
            "sejumlah", "beberapa", "seluruh", "sebuah", "seorang", "setiap", "tiap", "siapa", "bernama", "berupa");

    private DerivedHeadline() {
    }

    /** The headline from the paragraphs (the lede first, dateline removed), or "" when there is nothing to use. */
    static String derive(List<String> paragraphs, List<Quote> quotes, int maxLength) {
        for (int p = 0; p < Math.min(3, paragraphs.size()); p++) {
            String rest = afterQuotation(paragraphs.get(p).strip());
            for (int guard = 0; guard < 4 && !rest.isEmpty(); guard++) {
                String sentence = Text.firstSentence(rest).strip();
                rest = rest.substring(Math.min(rest.length(), rest.indexOf(sentence) + sentence.length())).strip();
                String clean = LEADING_DASH.matcher(sentence).replaceFirst("");
                if (isQuotation(clean) || Text.wordCount(clean) < 4) {
                    continue;
                }
                String headline = compose(clean, maxLength);
                if (!headline.isEmpty()) {
                    return headline;
                }
            }
        }
        for (Quote q : quotes) {
            if (q.speaker() != null && q.paragraph() == 0) {
                String said = compose(q.text(), Math.max(10, maxLength - q.speaker().length() - 2));
                if (!said.isEmpty()) {
                    return q.speaker().strip() + ": " + said;
                }
            }
        }
        return paragraphs.isEmpty() ? "" : compose(LEADING_DASH.matcher(paragraphs.get(0)).replaceFirst(""), maxLength);
    }

    /** A paragraph that opens with a quotation, from the sentence after it (and its attribution) on. */
    private static String afterQuotation(String paragraph) {
        if (!isQuotation(paragraph)) {
            return paragraph;
        }
        int close = -1;
        for (int i = 1; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if ((c == '"' || c == '”' || c == '’' && i + 1 < paragraph.length() && paragraph.charAt(i + 1) == '’'
                    || c == '\'' && i + 1 < paragraph.length() && paragraph.charAt(i + 1) == '\'')
                    && (i + 1 == paragraph.length() || !Character.isLetterOrDigit(paragraph.charAt(i + 1)))) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            return "";
        }
        String after = paragraph.substring(close + 1).replaceFirst("^['’]", "");
        String attribution = Text.firstSentence(after);
        return after.substring(attribution.length()).strip();
    }

    /** Whether a sentence is (or opens with) someone's words in quote marks. */
    private static boolean isQuotation(String sentence) {
        return !sentence.isEmpty() && "\"“”'‘’„".indexOf(sentence.charAt(0)) >= 0;
    }

    /** One sentence made a headline: time adjuncts out, cut at a clause boundary, title case. */
    static String compose(String sentence, int maxLength) {
        String s = TIME_ADJUNCT.matcher(sentence).replaceAll("");
        s = s.replaceAll("\\s{2,}", " ").replaceAll("[\\s.,;:\\-–—]+$", "").strip();
        if (s.codePointCount(0, s.length()) > maxLength) {
            s = Acronyms.contract(s);
        }
        if (s.codePointCount(0, s.length()) > maxLength) {
            s = cut(s, maxLength);
        }
        s = dropDangling(s.replaceAll("[\\s.,;:\\-–—]+$", ""));
        return TitleCase.apply(s);
    }

    /**
     * The longest start of {@code s} within the limit that ends where a clause does, outside brackets and quotes,
     * and does not end on a word that needs what was cut ({@code mengusulkan}, {@code berbagai}).
     */
    private static String cut(String s, int maxLength) {
        List<Integer> clauses = new java.util.ArrayList<>();
        List<Integer> words = new java.util.ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length() && i <= maxLength; i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == '"' || c == '“' || c == '”') {
                quoted = !quoted;
            }
            if (c != ' ' || depth > 0 || quoted || i < 20) {
                continue;
            }
            String next = nextWord(s, i + 1);
            String previous = previousWord(s, i);
            if (previous.endsWith(",")) {
                clauses.add(i - 1);
            } else if (CLAUSE_STARTS.contains(next)) {
                clauses.add(i);
            } else if (!next.isEmpty() && Character.isLowerCase(next.charAt(0)) && !previous.isEmpty()
                    && Character.isLowerCase(previous.charAt(0))) {
                words.add(i); // between two lower-case words: not inside a name
            }
        }
        for (boolean needVerb : new boolean[] {true, false}) { // a cut that keeps the verb first: who did what
            for (List<Integer> candidates : List.of(clauses, words)) {
                for (int k = candidates.size() - 1; k >= 0; k--) {
                    int at = candidates.get(k);
                    String head = dropDangling(s.substring(0, at).replaceAll("[\\s.,;:\\-–—]+$", ""));
                    if (head.length() >= Math.min(36, maxLength / 2) && !needsMore(head)
                            && (!needVerb || HAS_VERB.matcher(head).find())) {
                        return head;
                    }
                }
            }
        }
        int longest = Math.max(clauses.isEmpty() ? -1 : clauses.get(clauses.size() - 1),
                words.isEmpty() ? -1 : words.get(words.size() - 1));
        int space = longest > 0 ? longest : s.lastIndexOf(' ', maxLength);
        return s.substring(0, space > 0 ? space : Math.min(s.length(), maxLength));
    }

    /** Whether a cut headline ends on a verb without its object or a quantifier without its noun. */
    private static boolean needsMore(String head) {
        String last = head.substring(head.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return TRANSITIVE.matcher(last).matches() || QUANTIFIERS.contains(last) || DANGLING.contains(last);
    }

    private static final Pattern HAS_VERB = Pattern.compile("(?:^|\\s)(?:me|ber|di|ter)\\p{Ll}{3,}(?:\\s|$)");
    private static final Pattern TRANSITIVE = Pattern.compile("^(?:me|mem|men|meng|meny|memper)\\p{Ll}{3,}(?:kan|i)$"
            + "|^(?:mengusulkan|menemukan|menjalankan|melanjutkan|mempengaruhi|memengaruhi|menyebut|menjadi"
            + "|melakukan|memiliki|mengalami|meminta|menilai|menggelar|membuka|memberikan|menerima|mencapai)$");
    private static final Set<String> QUANTIFIERS = Set.of("berbagai", "sejumlah", "beberapa", "seluruh", "sebuah",
            "seorang", "semua", "siapa", "tiap", "setiap", "sederet", "segala", "sekitar", "sebanyak", "ratusan",
            "ribuan", "puluhan", "jutaan", "bernama", "berupa", "sebesar", "senilai", "mencapai");

    private static String nextWord(String s, int from) {
        int end = from;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
            end++;
        }
        return s.substring(from, end).replaceAll("\\p{P}+$", "");
    }

    private static String previousWord(String s, int space) {
        int start = space;
        while (start > 0 && !Character.isWhitespace(s.charAt(start - 1))) {
            start--;
        }
        return s.substring(start, space);
    }

    /** Drops trailing prepositions and conjunctions, keeping at least two words. */
    static String dropDangling(String s) {
        String result = s;
        while (Text.wordCount(result) > 2) {
            int space = result.lastIndexOf(' ');
            String last = result.substring(space + 1).toLowerCase(Locale.ROOT).replaceAll("\\p{P}+$", "");
            if (!DANGLING.contains(last)) {
                break;
            }
            result = result.substring(0, space).replaceAll("[\\s.,;:\\-–—]+$", "");
        }
        return result;
    }
}
