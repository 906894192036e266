package id.warta.parse;

import id.warta.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who said it, when the quote does not say (conventions §4): {@code ujarnya}, {@code kata dia} and a quote continued
 * from the one before stand for the person last named, by position in the article, either as the speaker of an
 * earlier quote or as the subject of reported speech ({@code Kapolres X mengatakan …}, {@code Menurut X, …}). A quote
 * that runs over several paragraphs (an opening mark on each, the closing one on the last) takes the speaker named at
 * its end. Resolved speakers are marked {@link Quote#resolved()}; a quote with no one named before it keeps none.
 */
final class SpeakerResolver {

    /** {@code Kepala BPBD X mengatakan}: the subject of a reporting verb in narration. */
    private static final Pattern REPORTING = Pattern.compile("(?<subject>[^.!?\"]{1,160}?)\\s+(?:mengatakan|menyatakan"
            + "|menjelaskan|mengungkapkan|menegaskan|menuturkan|menyebut|menyebutkan|menambahkan|memaparkan|menerangkan"
            + "|menyampaikan|mengaku|mengakui|mengingatkan|menekankan|menilai|meminta|mengimbau|berharap|memastikan"
            + "|membeberkan|bercerita|menceritakan|berkata|berujar|mengklaim|menduga|menuding|menjawab|mengungkap"
            + "|menandaskan|mengeklaim|mengapresiasi|mengajak|membenarkan|membantah|menanggapi)\\b");
    /** {@code Menurut Kepala BPS X, …}: a named source of reported speech. */
    private static final Pattern ACCORDING = Pattern.compile("(?:^|[.!?]\\s+|,\\s+)[Mm]enurut\\s+(?<subject>[^,.\"]{2,100}?)\\s*,");
    /** {@code …, kata Budi.}: reported speech with the verb after it. */
    private static final Pattern SAID_AFTER = Pattern.compile(",\\s+(?:kata|ujar|tutur|ucap|jelas|ungkap|tambah|imbuh"
            + "|tegas|terang|papar|lanjut)\\s+(?<rest>\\p{Lu}[^.\"]{0,100})");

    /** {@code Hal itu disampaikan Kapolres X}: the passive names its speaker after the verb. */
    private static final Pattern PASSIVE = Pattern.compile("\\b(?:disampaikan|diungkapkan|dikatakan|dijelaskan"
            + "|ditegaskan|dituturkan|diutarakan|diterangkan|dipaparkan)\\s+(?:oleh\\s+)?(?<rest>\\p{Lu}[^.\"]{0,100})");

    private record Mention(int paragraph, int offset, String name) { }

    private SpeakerResolver() {
    }

    /** Every quote of the article in order, speakers resolved. */
    static List<Quote> resolve(List<String> paragraphs) {
        List<QuoteFinder.Found> found = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            List<QuoteFinder.Found> here = QuoteFinder.findAll(p, paragraphs.get(p));
            found.addAll(here);
            narration(p, paragraphs.get(p), here.isEmpty(), mentions);
        }
        String[] speakers = new String[found.size()];
        boolean[] resolved = new boolean[found.size()];
        // A quote running on takes the speaker from where it ends, in a later paragraph.
        for (int i = found.size() - 1; i >= 0; i--) {
            QuoteFinder.Found f = found.get(i);
            speakers[i] = f.kind() == QuoteFinder.Kind.NAMED ? f.quote().speaker() : null;
            if (f.kind() == QuoteFinder.Kind.RUNS_ON && i + 1 < found.size()
                    && found.get(i + 1).quote().paragraph() == f.quote().paragraph() + 1 && speakers[i + 1] != null) {
                speakers[i] = speakers[i + 1];
                resolved[i] = true;
            }
        }
        int m = 0;
        String last = null;
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            QuoteFinder.Found f = found.get(i);
            Quote q = f.quote();
            while (m < mentions.size() && before(mentions.get(m), q.paragraph(), f.offset())) {
                last = mentions.get(m++).name();
            }
            if (speakers[i] == null && last != null) {
                speakers[i] = last;
                resolved[i] = true;
            }
            if (speakers[i] != null && !resolved[i]) {
                last = speakers[i];
            }
            quotes.add(new Quote(q.paragraph(), q.text(), speakers[i], resolved[i]));
        }
        return quotes;
    }

    private static boolean before(Mention mention, int paragraph, int offset) {
        return mention.paragraph() < paragraph || mention.paragraph() == paragraph && mention.offset() < offset;
    }

    /** Named subjects of reported speech in a paragraph, by position. */
    private static void narration(int p, String text, boolean noQuotes, List<Mention> mentions) {
        List<Mention> here = new ArrayList<>();
        Matcher r = REPORTING.matcher(text);
        while (r.find()) {
            String subject = lastClause(r.group("subject"));
            if (Speakers.names(subject)) {
                here.add(new Mention(p, r.start("subject"), subject));
            }
        }
        Matcher a = ACCORDING.matcher(text);
        while (a.find()) {
            String subject = Speakers.clean(a.group("subject"));
            if (Speakers.names(subject)) {
                here.add(new Mention(p, a.start("subject"), subject));
            }
        }
        Matcher passive = PASSIVE.matcher(text);
        while (passive.find()) {
            String subject = Speakers.afterVerb(passive.group("rest"));
            if (Speakers.names(subject)) {
                here.add(new Mention(p, passive.start("rest"), subject));
            }
        }
        if (noQuotes) {
            Matcher s = SAID_AFTER.matcher(text);
            while (s.find()) {
                String subject = Speakers.afterVerb(s.group("rest"));
                if (Speakers.names(subject)) {
                    here.add(new Mention(p, s.start("rest"), subject));
                }
            }
        }
        here.sort(java.util.Comparator.comparingInt(Mention::offset));
        mentions.addAll(here);
    }

    /**
     * The subject inside the words before a reporting verb: after the sentence's leading adjuncts and after an
     * apposition's comma ({@code Kepala Dinas X, Wendy Pelupessy} → {@code Wendy Pelupessy}), without a leading
     * conjunction. A description that points back ({@code Politikus PKB ini}) names no one new.
     */
    private static String lastClause(String words) {
        String s = Speakers.subject(words);
        int comma = s.lastIndexOf(", ");
        if (comma >= 0) {
            s = s.substring(comma + 2).strip();
        }
        s = LEADING_CONJUNCTION.matcher(s).replaceFirst("");
        if (POINTS_BACK.matcher(s).find() || CALENDAR.matcher(s).matches()) {
            return null;
        }
        return Speakers.clean(s);
    }

    private static final Pattern LEADING_CONJUNCTION = Pattern.compile("^(?i:namun|tetapi|tapi|sementara|kemudian"
            + "|lalu|selain\\s+itu|bahkan|adapun|sedangkan|dan)\\s+");
    private static final Pattern POINTS_BACK = Pattern.compile("(?i)\\s(?:ini|itu|tersebut)$|^pihaknya$|^dirinya$");
    private static final Pattern CALENDAR = Pattern.compile("(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus"
            + "|September|Oktober|November|Desember|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)(?:\\s+\\d{4})?");
}
