package id.warta.content;

import id.warta.model.Problem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes as UTF-8, refusing anything else with the line and byte offset of the first bad sequence. UTF-16
 * (with or without a byte-order mark) and binary files get messages of their own, since "invalid UTF-8 at byte 0"
 * would not tell the author what is wrong.
 */
final class StrictUtf8 {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private StrictUtf8() {
    }

    static String decode(String name, byte[] bytes) throws ContentException {
        // UTF-32's little-endian mark starts like UTF-16's, so it is looked for first.
        if (bytes.length >= 4 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE && bytes[2] == 0
                && bytes[3] == 0) || (bytes[0] == 0 && bytes[1] == 0 && bytes[2] == (byte) 0xFE
                && bytes[3] == (byte) 0xFF))) {
            throw new ContentException(Problem.error(name, 1,
                    "is UTF-32 (it starts with a UTF-32 byte-order mark); save it as UTF-8"));
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new ContentException(Problem.error(name, 1,
                    "is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8"));
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            throw new ContentException(Problem.error(name, lineAt(bytes, nul), looksLikeUtf32(bytes)
                    ? "is UTF-32 (three bytes in every four are zero); save it as UTF-8"
                    : looksLikeUtf16(bytes) ? "is UTF-16 (every other byte is zero); save it as UTF-8"
                    : "contains NUL bytes at byte " + nul + ", so it is a binary file, not text; remove it from the"
                    + " content directory"));
        }
        int offset = startsWithBom(bytes) ? UTF8_BOM.length : 0;
        // The JDK's own String decoding is far cheaper than a CharsetDecoder and gives the same text for valid UTF-8;
        // it writes U+FFFD for each bad sequence, so only text holding U+FFFD needs the strict decoder's verdict.
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new ContentException(Problem.error(name, lineAt(bytes, in.position()),
                    "not valid UTF-8 at byte " + in.position() + "; save the file as UTF-8"
                            + " (if it is an image or another binary file, remove it from the content directory)"));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }

    /** Mostly-ASCII UTF-32 has three zeros in every four bytes of its start, the same three each time. */
    private static boolean looksLikeUtf32(byte[] bytes) {
        int quads = Math.min(bytes.length / 4, 32);
        if (quads < 2) {
            return false;
        }
        int[] zeros = new int[4];
        for (int i = 0; i < quads * 4; i++) {
            zeros[i % 4] += bytes[i] == 0 ? 1 : 0;
        }
        int full = 0;
        for (int count : zeros) {
            full += count * 10 >= quads * 9 ? 1 : 0;
        }
        return full == 3;
    }

    /** Mostly-ASCII UTF-16 has a zero in every other byte of its start. */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int pairs = Math.min(bytes.length / 2, 64);
        if (pairs < 2) {
            return false;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        return Math.max(evenZeros, oddZeros) * 10 >= pairs * 9 && Math.min(evenZeros, oddZeros) == 0;
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
