package id.warta.parse;

import id.warta.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Direct speech (conventions §4). A quoted span is speech when a speech verb follows it ({@code …," ujar X.}),
 * a speech verb with a comma or colon precedes it ({@code X mengatakan, "…"}), or it opens the paragraph (a quote
 * continued from the one before). Anything else in quote marks ({@code disebut "deconfliction"}) is a quoted word.
 *
 * <p>A split quote {@code "A," kata X, "B."} gives two quotes, both with speaker X: each span is kept as written,
 * which keeps quote text a plain substring of the paragraph.
 */
final class QuoteFinder {

    /** Double quote marks in every spelling seen, read as {@code "}; doubled singles first so they pair. */
    private static final Pattern MARKS = Pattern.compile("&quot;|''|[‘’]{2}|[“”„‟″]");
    private static final String VERBS = "kata|ujar|ucap|tutur|jelas|ungkap|sambung|tambah|imbuh|terang|tegas|papar"
            + "|lanjut|pungkas|tukas|sebut|beber|tulis|seru|keluh|timpal|kilah|aku|tanya|cetus|ucapnya|bilang";
    /** {@code ," ujar juru bicara Mark Milley seperti …} or {@code ," katanya}. */
    private static final Pattern AFTER = Pattern.compile(
            "(?i)^\\s*[,.]?\\s*(?:demikian\\s+|begitu\\s+)?(?<verb>" + VERBS + ")(?<nya>nya)?(?![\\p{L}-])(?<rest>.{0,200})");
    /** {@code Juru bicara Mark Milley mengatakan, "} or {@code Ia menegaskan: "}. */
    private static final Pattern BEFORE_VERB_LAST = Pattern.compile(
            "(?<speaker>[^,;:\"]{1,120}?)\\s+(?:mengatakan|menyatakan|berkata|menjelaskan|mengungkapkan|menegaskan"
                    + "|menuturkan|menyebutkan|menambahkan|memaparkan|menerangkan|menandaskan|menyampaikan|bertanya"
                    + "|menulis|berujar|bilang|mengaku|mengingatkan|menekankan|melanjutkan|berpesan|berseru|mengeluh"
                    + "|menimpali|berkilah|menceritakan|mengucapkan)(?:\\s+bahwa)?\\s*[,:]?\\s*$");
    /** {@code Menurut dia, "} or {@code kata Andi, "} (the second half of a split quote). */
    private static final Pattern BEFORE_VERB_FIRST = Pattern.compile(
            "(?i)(?:^|[\\s,;.\"])(?:menurut|kata|ujar|ucap|tutur|sambung|tambah|lanjut)\\s+(?<speaker>[^,;:\"]{1,80}?)\\s*[,:]\\s*$");
    /** Lower-case words that end a speaker after the verb: {@code ujar X seperti dilansir}, {@code kata X di Jakarta}. */
    private static final Set<String> CONTEXT = Set.of("dalam", "saat", "kepada", "di", "seperti", "usai", "ketika",
            "pada", "sebagaimana", "sambil", "sembari", "setelah", "sebelum", "seusai", "selepas", "melalui", "lewat",
            "via", "dilansir", "mengutip", "dikutip", "menurut", "kemarin", "yang", "soal", "terkait", "mengenai",
            "tentang", "kala", "hari", "pekan", "malam", "pagi", "siang", "sore", "tadi", "belum", "beberapa", "sesaat",
            "menanggapi", "ditemui", "dihubungi", "dikonfirmasi", "lalu", "sebelumnya", "dilaporkan", "kepadanya",
            "sejak", "dari", "untuk", "ke", "atas", "dengan");
    private static final Set<String> DAYS = Set.of("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Sabtu",
            "Minggu", "Ahad");

    private QuoteFinder() {
    }

    // Compiled once: these run for every word after a speech verb (String.replaceAll would compile each time).
    private static final Pattern PREPOSED_VERB = Pattern.compile("\\b(?:mengatakan|menyatakan|berkata)\\z");
    private static final Pattern TRAILING_PAUSE = Pattern.compile("[,;:!?]+$");
    private static final Pattern TRAILING_STOP = Pattern.compile("[.,]$");

    /** Quotes in one paragraph. */
    static List<Quote> find(int paragraph, String raw) {
        int found = quoteMarks(raw);
        if (found == NO_MARKS) {
            return List.of(); // most paragraphs quote no one: spare them the regex
        }
        String text = found == STRAIGHT_ONLY ? raw : MARKS.matcher(raw).replaceAll("\"");
        List<Integer> marks = new ArrayList<>();
        for (int i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
            marks.add(i);
        }
        List<Quote> quotes = new ArrayList<>();
        for (int k = 0; k < marks.size(); k += 2) {
            int open = marks.get(k);
            int close = k + 1 < marks.size() ? marks.get(k + 1) : text.length();
            String inner = cleanInner(text.substring(open + 1, close));
            if (inner.chars().noneMatch(Character::isLetterOrDigit)) {
                continue;
            }
            String before = text.substring(0, open);
            String after = close < text.length() ? text.substring(close + 1) : "";
            Speech speech = speech(before, after, close == text.length());
            if (speech != null) {
                quotes.add(new Quote(paragraph, inner, speech.speaker()));
            }
        }
        return quotes;
    }

    private static final int NO_MARKS = 0;
    private static final int STRAIGHT_ONLY = 1;
    private static final int OTHER_MARKS = 2;

    /**
     * Which quote marks the text has: none, only {@code "} (which {@link #MARKS} leaves as it is), or others that
     * {@link #MARKS} may rewrite; every match of {@link #MARKS} starts with one of those others.
     */
    private static int quoteMarks(String text) {
        // String.indexOf: a plain loop over the Latin-1 text of most paragraphs, and at once -1 for the curly marks
        // such text cannot hold.
        if (text.indexOf('\'') >= 0 || text.indexOf('&') >= 0 || text.indexOf('‘') >= 0 || text.indexOf('’') >= 0
                || text.indexOf('“') >= 0 || text.indexOf('”') >= 0 || text.indexOf('„') >= 0
                || text.indexOf('‟') >= 0 || text.indexOf('″') >= 0) {
            return OTHER_MARKS;
        }
        return text.indexOf('"') >= 0 ? STRAIGHT_ONLY : NO_MARKS;
    }

    private record Speech(String speaker) { }

    private static Speech speech(String before, String after, boolean unclosed) {
        Matcher m = AFTER.matcher(after);
        if (!unclosed && m.lookingAt()) {
            return new Speech(m.group("nya") != null ? null : speakerAfterVerb(m.group("rest")));
        }
        String lead = before.stripTrailing();
        if (lead.endsWith(",") || lead.endsWith(":") || PREPOSED_VERB.matcher(lead).find()) {
            String clause = lastSentence(lead);
            Matcher first = BEFORE_VERB_FIRST.matcher(clause);
            if (first.find()) {
                return new Speech(blankToNull(first.group("speaker")));
            }
            Matcher last = BEFORE_VERB_LAST.matcher(clause);
            if (last.find()) {
                return new Speech(blankToNull(last.group("speaker")));
            }
        }
        if (before.isBlank()) {
            return new Speech(null);
        }
        return null;
    }

    /** The speaker after a verb: up to a comma, a context word, a date or the end of the sentence. */
    static String speakerAfterVerb(String rest) {
        String[] words = Text.WHITESPACE.split(rest.strip());
        List<String> kept = new ArrayList<>();
        for (String word : words) {
            if (word.isEmpty() || word.startsWith("(") && word.length() > 1 && Character.isDigit(word.charAt(1))
                    || word.startsWith("\"")) {
                break;
            }
            String bare = TRAILING_PAUSE.matcher(word).replaceAll("");
            if (CONTEXT.contains(bare) || DAYS.contains(TRAILING_STOP.matcher(bare).replaceAll(""))) {
                break;
            }
            boolean stop = !bare.equals(word);
            if (bare.endsWith(".") && Text.endsSentence(bare + " ", bare.length() - 1)) {
                bare = bare.substring(0, bare.length() - 1);
                stop = true;
            }
            if (!bare.isEmpty()) {
                kept.add(bare);
            }
            if (stop) {
                break;
            }
        }
        return blankToNull(String.join(" ", kept));
    }

    /** The clause a preposed speaker sits in: after the last sentence end. */
    private static String lastSentence(String text) {
        for (int i = text.length() - 2; i >= 0; i--) {
            char c = text.charAt(i);
            if ((c == '.' && Text.endsSentence(text, i)) || c == '!' || c == '?' || c == '"') {
                return text.substring(i + 1).strip();
            }
        }
        return text.strip();
    }

    /** The words between the marks, trimmed; punctuation inside the marks ({@code terbuka,}) is the speaker's. */
    private static String cleanInner(String inner) {
        return inner.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
