package id.warta.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.parser.Parser;

/**
 * Repairs of one line's characters before any rule reads it: HTML entities left by scrapers, UTF-8 that was read as
 * Windows-1252 and saved again (mojibake), and words a scraper ran together where a link was. Each repair that
 * changes a line says so in {@code notes}, so the caller can warn with the line's number.
 */
final class TextRepair {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextRepair() {
    }

    /** The line repaired; each change that needs the author's eye adds a sentence to {@code notes}. */
    static String repair(String line, List<String> notes) {
        String text = line;
        if (text.indexOf('&') >= 0) {
            text = decodeEntities(text);
        }
        if (hasMojibakeLead(text)) {
            String fixed = fixMojibake(text);
            if (!fixed.equals(text)) {
                notes.add("repaired mojibake (UTF-8 read as Windows-1252): `" + excerpt(text) + "` became `"
                        + excerpt(fixed) + "`; save the file as UTF-8 from its original");
                text = fixed;
            }
            if (hasMojibakeLead(text) && Mojibake.looksBroken(text)) {
                notes.add("this line still looks like mojibake that cannot be undone (`" + excerpt(text)
                        + "`); copy the text again from its source");
            }
        }
        return CamelJoins.split(withoutControls(text), notes);
    }

    /**
     * Named and numeric HTML entities, decoded with Jsoup's entity table. {@code &lt;} and {@code &amp;} become plain
     * text characters, which the templates escape on output like any other text.
     */
    static String decodeEntities(String text) {
        if (text.indexOf(';') < 0) {
            return text; // every entity a scraper leaves ends with a semicolon
        }
        return withoutControls(Parser.unescapeEntities(text, false));
    }

    /**
     * The text without the control characters an entity such as {@code &#14;} or {@code &#x85;} decodes to: they
     * show as nothing in a browser and make the feeds and sitemaps ill-formed XML, which no reader opens.
     */
    static String withoutControls(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) || c == 0xfffe || c == 0xffff;
            if (control && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!control && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    /**
     * Whether the text has a UTF-8 lead byte's Windows-1252 spelling ({@code Â}…{@code ô}) followed by a continuation
     * byte's ({@code €}, {@code ³}, {@code ©}…): {@code JÃ³hann}, {@code Â±}, Arabic read as {@code ÙÙ}.
     */
    private static boolean hasMojibakeLead(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xC2 && c <= 0xF4) {
                int next = Mojibake.byteOf(text.charAt(i + 1));
                if (next >= 0x80 && next <= 0xBF || c == 'Ã' || c == 'Â') {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Each run of non-ASCII characters that Windows-1252 can encode is re-encoded and read as UTF-8; the run is
     * replaced only when those bytes are valid UTF-8 that encodes back to the same bytes. Valid text such as
     * {@code café} or curly quotes does not form valid UTF-8 this way, so it is never touched.
     */
    static String fixMojibake(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && text.charAt(end) >= 0x80 && Mojibake.byteOf(text.charAt(end)) >= 0) {
                end++;
            }
            if (end == i) {
                out.append(c);
                i++;
                continue;
            }
            String run = text.substring(i, end);
            String decoded = Mojibake.asUtf8(run);
            out.append(decoded != null ? decoded : run);
            i = end;
        }
        return out.toString();
    }

    static String excerpt(String text) {
        String t = text.strip();
        return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }

    /** The byte table of Windows-1252, with the five bytes it leaves undefined read as the C1 controls they became. */
    static final class Mojibake {
        private static final int[] BYTES = new int[0x10000];

        static {
            java.util.Arrays.fill(BYTES, -1);
            for (int b = 0x80; b <= 0xFF; b++) {
                String s = new String(new byte[] {(byte) b}, WINDOWS_1252);
                char ch = s.charAt(0);
                BYTES[ch == '\uFFFD' ? b : ch] = b;
                BYTES[b] = BYTES[b] < 0 ? b : BYTES[b];
            }
        }

        private Mojibake() {
        }

        static int byteOf(char c) {
            return BYTES[c];
        }

        /** The run's bytes read as strict UTF-8 if they are valid and hold non-ASCII text, else null. */
        static String asUtf8(String run) {
            byte[] bytes = new byte[run.length()];
            for (int k = 0; k < run.length(); k++) {
                bytes[k] = (byte) BYTES[run.charAt(k)];
            }
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
                String decoded = chars.toString();
                byte[] again = decoded.getBytes(StandardCharsets.UTF_8);
                return java.util.Arrays.equals(again, bytes) ? decoded : null;
            } catch (CharacterCodingException e) {
                return null;
            }
        }

        /** {@code Ã} or {@code Â} before a lower-case ASCII letter: no UTF-8 sequence reads so, a byte was lost. */
        static boolean looksBroken(String text) {
            for (int k = 0; k + 1 < text.length(); k++) {
                char c = text.charAt(k);
                char next = text.charAt(k + 1);
                if ((c == 'Ã' || c == 'Â') && next >= 'a' && next <= 'z') {
                    return true;
                }
            }
            return false;
        }
    }
}
