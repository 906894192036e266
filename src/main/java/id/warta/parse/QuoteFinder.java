package id.warta.parse;

import id.warta.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Direct speech (conventions §4). A quoted span is speech when a speech verb follows it ({@code …," ujar X.}),
 * a speech verb with a comma or colon precedes it ({@code X mengatakan, "…"}), or it opens the paragraph or a new
 * sentence (a quote continued from the one before). Anything else in quote marks ({@code disebut "deconfliction"})
 * is a quoted word. This class reads one paragraph; {@link SpeakerResolver} then gives {@code ujarnya}, {@code kata
 * dia} and continued quotes the speaker last named in the article.
 *
 * <p>A split quote {@code "A," kata X, "B."} gives two quotes, both with speaker X: each span is kept as written,
 * which keeps quote text a plain substring of the paragraph.
 */
final class QuoteFinder {

    /** Double quote marks in every spelling seen, read as {@code "}; doubled singles first so they pair. */
    private static final Pattern MARKS = Pattern.compile("&quot;|''|[‘’]{2}|[“”„‟″]");
    /** Verbs that follow a quote: {@code ," ujar X}, {@code ," Imbau Kapolres}, {@code ," demikian menurut X}. */
    static final String VERBS = "kata|ujar|ucap|tutur|jelas|ungkap|sambung|tambah|imbuh|terang|tegas|papar"
            + "|lanjut|pungkas|tukas|sebut|beber|tulis|seru|keluh|timpal|kilah|aku|tanya|cetus|bilang|jawab|tutup"
            + "|urai|seloroh|imbau|tandas|sahut|celetuk|pinta|ajak|kenang|akui|katakan|menurut|terangnya|paparnya";
    /**
     * {@code ," demikian pernyataan Kemlu RI.}: the quote is a statement's or a report's, and its source is the speaker
     * (never the person named before it).
     */
    private static final String DOCUMENT = "demikian\\s+(?:bunyi\\s+)?(?:pernyataan|keterangan(?:\\s+tertulis)?"
            + "|laporan(?:\\s+tertulis)?|rilis|siaran\\s+pers)(?:\\s+(?:resmi|dari))?";
    /** {@code ," ujar juru bicara Mark Milley seperti …} or {@code ," katanya}. */
    private static final Pattern AFTER = Pattern.compile(
            "(?i)^\\s*[,.]?\\s*(?:" + DOCUMENT + "|(?:demikian\\s+|begitu\\s+)?(?<verb>" + VERBS + ")(?<nya>nya)?)"
                    + "(?![\\p{L}-])(?<rest>.{0,200})");
    /** {@code Juru bicara Mark Milley mengatakan, "} or {@code Ia menegaskan: "}. */
    private static final Pattern BEFORE_VERB_LAST = Pattern.compile(
            "(?<speaker>[^,;:\"]{1,120}?)\\s+(?:mengatakan|menyatakan|berkata|menjelaskan|mengungkapkan|menegaskan"
                    + "|menuturkan|menyebutkan|menambahkan|memaparkan|menerangkan|menandaskan|menyampaikan|bertanya"
                    + "|menulis|berujar|bilang|mengaku|mengingatkan|menekankan|melanjutkan|berpesan|berseru|mengeluh"
                    + "|menimpali|berkilah|menceritakan|mengucapkan)(?:\\s+bahwa)?\\s*[,:]?\\s*$");
    /** {@code Menurut dia, "} or {@code kata Andi, "} (the second half of a split quote). */
    private static final Pattern BEFORE_VERB_FIRST = Pattern.compile(
            "(?i)(?:^|[\\s,;.\"])(?:menurut|kata|ujar|ucap|tutur|sambung|tambah|lanjut)\\s+(?<speaker>[^,;:\"]{1,80}?)\\s*[,:]\\s*$");

    /** How a quote's speaker is known, before {@link SpeakerResolver} looks at the rest of the article. */
    enum Kind {
        /** Named at the quote: {@code ," ujar Budi}. */
        NAMED,
        /** A -nya verb ({@code ujarnya}) or a pronoun ({@code kata dia}): the person last named. */
        REFERS_BACK,
        /** A quote that opens a paragraph or sentence without a verb of its own: the same speaker as before. */
        CONTINUED,
        /** A quote with no closing mark in its paragraph: it runs on into the next paragraph, whose speaker it shares. */
        RUNS_ON
    }

    /** A quote as found in one paragraph, where it starts, and how its speaker is known. */
    record Found(Quote quote, int offset, Kind kind) { }

    private QuoteFinder() {
    }

    /** Quotes in one paragraph, speakers as written there. */
    static List<Quote> find(int paragraph, String raw) {
        return findAll(paragraph, raw).stream().map(Found::quote).toList();
    }

    /** Quotes in one paragraph with how each speaker is known. */
    static List<Found> findAll(int paragraph, String raw) {
        int found = quoteMarks(raw);
        if (found == NO_MARKS) {
            return List.of(); // most paragraphs quote no one: spare them the regex
        }
        String text = found == STRAIGHT_ONLY ? raw : MARKS.matcher(raw).replaceAll("\"");
        List<int[]> spans = QuoteMarks.pair(text);
        List<Found> quotes = new ArrayList<>();
        for (int[] span : spans) {
            int open = span[0];
            int close = span[1];
            String inner = text.substring(open + 1, close).strip();
            if (inner.chars().noneMatch(Character::isLetterOrDigit) || startsWithSpeechVerb(inner)) {
                continue; // a span between two quotes ("…," ujarnya dikutip dari …. "…") is narration
            }
            String before = text.substring(0, open);
            String after = close < text.length() ? text.substring(close + 1) : "";
            Found speech = speech(paragraph, inner, open, before, after, close == text.length());
            if (speech != null && quotes.stream().noneMatch(q -> q.quote().text().equals(inner))) {
                quotes.add(speech);
            }
        }
        return quotes;
    }

    private static final Pattern VERB_START = Pattern.compile("(?i)^(?:" + VERBS + ")(?:nya)?\\b");

    private static boolean startsWithSpeechVerb(String inner) {
        return Character.isLowerCase(inner.charAt(0)) && VERB_START.matcher(inner).find();
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

    private static final Pattern PREPOSED_VERB = Pattern.compile("\\b(?:mengatakan|menyatakan|berkata)\\z");

    private static Found speech(int paragraph, String inner, int open, String before, String after, boolean unclosed) {
        Matcher m = AFTER.matcher(after);
        if (!unclosed && m.lookingAt()) {
            if (m.group("nya") != null) {
                return new Found(new Quote(paragraph, inner, null), open, Kind.REFERS_BACK);
            }
            return named(paragraph, inner, open, Speakers.afterVerb(m.group("rest")));
        }
        String lead = before.stripTrailing();
        if (lead.endsWith(",") || lead.endsWith(":") || PREPOSED_VERB.matcher(lead).find()) {
            String clause = lastSentence(lead);
            Matcher first = BEFORE_VERB_FIRST.matcher(clause);
            if (first.find()) {
                return named(paragraph, inner, open, Speakers.clean(first.group("speaker")));
            }
            Matcher last = BEFORE_VERB_LAST.matcher(clause);
            if (last.find()) {
                return named(paragraph, inner, open, Speakers.clean(Speakers.subject(last.group("speaker"))));
            }
        }
        boolean opensSentence = lead.isEmpty() || lead.endsWith(".") && Text.endsSentence(lead + " ", lead.length() - 1)
                || lead.endsWith("!") || lead.endsWith("?");
        if (!opensSentence) {
            return null; // a quoted word inside a sentence: not speech
        }
        if (unclosed) {
            return new Found(new Quote(paragraph, inner, null), open, Kind.RUNS_ON);
        }
        String rest = after.strip();
        boolean spoken = ".,!?…".indexOf(inner.charAt(inner.length() - 1)) >= 0 || rest.isEmpty()
                || ".,!?".indexOf(rest.charAt(0)) >= 0 && rest.length() <= 2;
        // "Jalan Pulang" tayang pekan ini: a title that opens a sentence is not speech
        return spoken ? new Found(new Quote(paragraph, inner, null), open, Kind.CONTINUED) : null;
    }

    private static Found named(int paragraph, String inner, int open, String speaker) {
        if (speaker == null) {
            return new Found(new Quote(paragraph, inner, null), open, Kind.REFERS_BACK);
        }
        Kind kind = Speakers.isPronoun(speaker) || !Speakers.names(speaker) && !Character.isLowerCase(speaker.charAt(0))
                ? Kind.REFERS_BACK : Kind.NAMED;
        return new Found(new Quote(paragraph, inner, speaker), open, kind);
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
}
