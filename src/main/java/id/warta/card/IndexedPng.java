package id.warta.card;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Writes a 4-bit palette PNG: signature, IHDR, PLTE, one IDAT, IEND, and nothing else (no time, no text, no
 * software name), so the bytes depend only on the pixels.
 */
final class IndexedPng {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private IndexedPng() {
    }

    /**
     * @param width pixels per row
     * @param height rows
     * @param palette up to 16 colours as 0xRRGGBB
     * @param scanlines each row as its filter byte (0) and the row's pixels, two to a byte, first in the high half
     */
    static byte[] encode(int width, int height, int[] palette, byte[] scanlines) {
        byte[] idat = FixedDeflate.zlib(scanlines, (width + 1) / 2 + 1);
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, width);
        putInt(ihdr, 4, height);
        ihdr[8] = 4;  // bit depth
        ihdr[9] = 3;  // colour type: palette
        byte[] plte = new byte[palette.length * 3];
        for (int i = 0; i < palette.length; i++) {
            plte[3 * i] = (byte) (palette[i] >> 16);
            plte[3 * i + 1] = (byte) (palette[i] >> 8);
            plte[3 * i + 2] = (byte) palette[i];
        }
        byte[] out = new byte[SIGNATURE.length + 4 * 12 + ihdr.length + plte.length + idat.length];
        System.arraycopy(SIGNATURE, 0, out, 0, SIGNATURE.length);
        int at = SIGNATURE.length;
        at = chunk(out, at, "IHDR", ihdr);
        at = chunk(out, at, "PLTE", plte);
        at = chunk(out, at, "IDAT", idat);
        chunk(out, at, "IEND", new byte[0]);
        return out;
    }

    private static int chunk(byte[] out, int at, String type, byte[] data) {
        putInt(out, at, data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, out, at + 4, 4);
        System.arraycopy(data, 0, out, at + 8, data.length);
        CRC32 crc = new CRC32();
        crc.update(out, at + 4, 4 + data.length);
        putInt(out, at + 8 + data.length, (int) crc.getValue());
        return at + 12 + data.length;
    }

    private static void putInt(byte[] out, int at, int value) {
        out[at] = (byte) (value >>> 24);
        out[at + 1] = (byte) (value >>> 16);
        out[at + 2] = (byte) (value >>> 8);
        out[at + 3] = (byte) value;
    }
}
