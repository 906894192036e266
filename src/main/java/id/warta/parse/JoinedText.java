package id.warta.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wall of text: an article a scraper joined into one line. Its inline markers are taken out first (furniture,
 * video promos and embeds into noise, channel promos into the credits, photo credits glued to a caption into noise,
 * {@code Baca juga:} and {@code Pilihan Editor:} with their titles into read-also pieces), then the text between them
 * is broken into paragraphs ({@link Paragraphing}). Nothing is dropped: the pieces, in order, are the line.
 */
final class JoinedText {

    /** A line this long is a wall; text with real line breaks has no line holding most of the article. */
    static final int WALL_LENGTH = 1500;
    /** In joined text, a line this long is cut into paragraphs; a shorter one (a title, a credit) is left alone. */
    static final int SEGMENT_LENGTH = 600;
    /** A line this long is a paragraph of its own, as a title or a credit line never is. */
    private static final int PARAGRAPH_LENGTH = 200;

    /** One piece of a wall, with the kind the marker settled, or null for text the classifier should judge. */
    record Piece(String text, LineKind kind) { }

    /** Markers found anywhere in a wall, in the order tried at each position. */
    private static final Pattern MARKER = Pattern.compile(String.join("|",
            "(?<advert>(?:ADVERTISEMENT|SCROLL TO (?:CONTINUE WITH|RESUME) CONTENT)(?:\\s{0,3}(?:ADVERTISEMENT"
                    + "|SCROLL TO (?:CONTINUE WITH|RESUME) CONTENT)){0,3})",
            "(?<gambas>\\[Gambas:[^\\[\\]]{0,200}\\])",
            "(?<video>(?:Tonton|Simak|Saksikan|Lihat)(?: [Jj]uga)?(?: [Vv]ideo)?(?: ?:)? ?[\"'“‘][^\"”'’]{1,200}[\"”'’]"
                    + "(?: di [Ss]ini)?(?: ?:)?)",
            "(?<live>Saksikan Live ?[Dd]etik\\p{L}{2,12} ?:)",
            "(?<channel>(?:Dapatkan|Mari bergabung|Gabung|Ikuti)[^\"“]{0,250}?(?:WhatsApp|Telegram)[^\"“]{0,250}?"
                    + "https?://\\S{1,120}?\\.(?=\\s|$)(?:\\s{0,3}Anda harus (?:meng)?install aplikasi \\S{1,20} terlebih"
                    + " dul[ua] di ponsel\\.)?)",
            "(?<photo>(?:KOMPAS\\.COM|KOMPAS\\.com|Kompas\\.com|ANTARA FOTO|TRIBUNNEWS\\.COM|DOK\\.)"
                    + "/ ?[\\p{Lu} .'-]{2,60}?(?=\\p{Lu}\\p{Ll})"
                    + "|(?:KOMPAS\\.COM|KOMPAS\\.com|Kompas\\.com|Kompas\\.con|Getty Images|Shutterstock|iStockphoto"
                    + "|AP Photo|REUTERS|AFP)/ ?[\\p{L} .'-]{0,60}?\\p{Ll}(?=\\p{Lu}\\p{Ll})"
                    + "|Getty Images(?=\\p{Lu}\\p{Ll}))",
            "(?<credit>(?<=^|[.!?\"”] )\\p{Lu}[\\p{L}.'-]{0,30}(?:,? (?:dan )?\\p{Lu}[\\p{L}.'-]{0,30}){0,8}"
                    + " (?:turut )?berkontribusi dalam (?:penulisan|pembuatan|peliputan) (?:artikel|berita|laporan|tulisan)"
                    + " ini\\.?)",
            "(?<readalso>(?:[Bb]aca [Jj]uga|BACA JUGA|[Ll]ihat [Jj]uga|LIHAT JUGA|[Pp]ilihan [Ee]ditor|PILIHAN EDITOR) ?: ?)"));

    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    private JoinedText() {
    }

    /**
     * Whether a body is joined text: walls hold more than half of its characters, or one line of several sentences
     * holds three quarters of them, and besides the longest line at most one line is paragraph-sized. Text with real
     * line breaks spreads over many such lines, so it is never joined, even when one of its paragraphs is long.
     */
    static boolean isJoined(List<String> lines) {
        long total = 0;
        long walls = 0;
        long longest = 0;
        int paragraphSized = 0;
        for (String line : lines) {
            int length = line.strip().length();
            total += length;
            longest = Math.max(longest, length);
            if (length >= WALL_LENGTH) {
                walls += length;
            }
            if (length >= PARAGRAPH_LENGTH) {
                paragraphSized++;
            }
        }
        boolean dominated = walls > 0 && walls * 2 > total || longest >= SEGMENT_LENGTH && longest * 4 > total * 3;
        return dominated && paragraphSized <= 2;
    }

    /**
     * The pieces of one wall; their texts, joined by spaces, hold the line's words. Furniture and promos do not break
     * the text around them (they often sit mid-sentence); a read-also does, as it stands between paragraphs.
     */
    static List<Piece> split(String line) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder flow = new StringBuilder();
        Matcher m = MARKER.matcher(line);
        int at = 0;
        while (at < line.length() && m.find(at)) {
            int start = m.start();
            int end = m.end();
            if (m.group("readalso") != null && !startsWord(line, start)) {
                flow.append(line, at, end);
                at = end;
                continue;
            }
            flow.append(line, at, start).append(' ');
            if (m.group("readalso") != null) {
                end = ReadAlsoTitles.end(line, end, nextMarker(line, end));
                flush(pieces, flow);
                pieces.add(new Piece(line.substring(start, end).strip(),
                        end > m.end() ? LineKind.READ_ALSO : LineKind.NOISE));
            } else {
                LineKind kind = m.group("channel") != null ? LineKind.BOILERPLATE
                        : m.group("credit") != null ? LineKind.CREDIT : LineKind.NOISE;
                pieces.add(new Piece(line.substring(start, end).strip(), kind));
            }
            at = end;
        }
        flow.append(line, Math.min(at, line.length()), line.length());
        flush(pieces, flow);
        return pieces;
    }

    private static boolean startsWord(String line, int start) {
        return start == 0 || !Character.isLetterOrDigit(line.charAt(start - 1));
    }

    /** Where the next marker starts after {@code from}, or the line's end: a read-also title never runs over one. */
    private static int nextMarker(String line, int from) {
        Matcher m = MARKER.matcher(line);
        return m.find(from) ? m.start() : line.length();
    }

    private static void flush(List<Piece> pieces, StringBuilder flow) {
        if (!flow.toString().isBlank()) {
            for (String paragraph : Paragraphing.split(SPACES.matcher(flow).replaceAll(" "))) {
                pieces.add(new Piece(paragraph, null));
            }
        }
        flow.setLength(0);
    }
}
