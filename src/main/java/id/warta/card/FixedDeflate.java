package id.warta.card;

import java.util.Arrays;
import java.util.zip.Adler32;

/**
 * A zlib stream of one deflate block with the fixed Huffman codes, whose only matches repeat the byte before
 * (runs of one colour) or the byte one scanline up (rows like the row above). Cards are mostly flat colour, so
 * this compresses them about as well as zlib's own run-length mode, many times faster than a general deflater,
 * and in plain Java: the bytes never depend on the zlib a machine has.
 */
final class FixedDeflate {
    private static final int MAX_MATCH = 258;
    private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51,
        59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
    private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4,
        4, 5, 5, 5, 5, 0};
    private static final int[] DISTANCE_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385,
        513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
    /** Each literal/length symbol's code, bit-reversed for the LSB-first stream, and its length. */
    private static final int[] CODE = new int[288];
    private static final int[] CODE_BITS = new int[288];
    /** Each match length's symbol code and extra bits as one bit string, and its length. */
    private static final int[] LENGTH_CODE = new int[MAX_MATCH + 1];
    private static final int[] LENGTH_BITS = new int[MAX_MATCH + 1];

    static {
        for (int symbol = 0; symbol < 288; symbol++) {
            int code;
            int bits;
            if (symbol < 144) {
                code = 0x30 + symbol;
                bits = 8;
            } else if (symbol < 256) {
                code = 0x190 + symbol - 144;
                bits = 9;
            } else if (symbol < 280) {
                code = symbol - 256;
                bits = 7;
            } else {
                code = 0xc0 + symbol - 280;
                bits = 8;
            }
            CODE[symbol] = Integer.reverse(code) >>> (32 - bits);
            CODE_BITS[symbol] = bits;
        }
        for (int length = 3; length <= MAX_MATCH; length++) {
            int index = LENGTH_BASE.length - 1;
            while (LENGTH_BASE[index] > length) {
                index--;
            }
            int symbol = 257 + index;
            LENGTH_CODE[length] = CODE[symbol] | ((length - LENGTH_BASE[index]) << CODE_BITS[symbol]);
            LENGTH_BITS[length] = CODE_BITS[symbol] + LENGTH_EXTRA[index];
        }
    }

    private final byte[] out;
    private int at;
    private long bitBuffer;
    private int bitCount;

    private FixedDeflate(int capacity) {
        this.out = new byte[capacity];
    }

    /** The zlib stream of {@code data}; {@code rowLength} is the distance to the byte one scanline up. */
    static byte[] zlib(byte[] data, int rowLength) {
        // A literal takes at most 9 bits: the stream is never longer than 9/8 of the data and a few bytes.
        FixedDeflate writer = new FixedDeflate(data.length + data.length / 8 + 16);
        writer.out[writer.at++] = 0x78;
        writer.out[writer.at++] = 0x01;
        writer.bits(1, 1);  // last block
        writer.bits(1, 2);  // fixed Huffman codes
        writer.compress(data, rowLength);
        writer.bits(CODE[256], CODE_BITS[256]);
        if (writer.bitCount > 0) {
            writer.bits(0, 8 - writer.bitCount);
        }
        Adler32 adler = new Adler32();
        adler.update(data, 0, data.length);
        int sum = (int) adler.getValue();
        writer.out[writer.at++] = (byte) (sum >>> 24);
        writer.out[writer.at++] = (byte) (sum >>> 16);
        writer.out[writer.at++] = (byte) (sum >>> 8);
        writer.out[writer.at++] = (byte) sum;
        return Arrays.copyOf(writer.out, writer.at);
    }

    private void compress(byte[] data, int rowLength) {
        int distanceUp = distanceCode(rowLength);
        int distanceUpBits = distanceBits(rowLength);
        int distanceOne = distanceCode(1);
        int i = 0;
        int n = data.length;
        while (i < n) {
            int up = i >= rowLength ? run(data, i, rowLength, n) : 0;
            int same = up < MAX_MATCH && i >= 1 ? run(data, i, 1, n) : 0;
            if (up >= 3 && up >= same) {
                bits(LENGTH_CODE[up], LENGTH_BITS[up]);
                bits(distanceUp, distanceUpBits);
                i += up;
            } else if (same >= 3) {
                bits(LENGTH_CODE[same], LENGTH_BITS[same]);
                bits(distanceOne, 5);
                i += same;
            } else {
                int literal = data[i] & 0xff;
                bits(CODE[literal], CODE_BITS[literal]);
                i++;
            }
        }
    }

    /** How many bytes from {@code i} on repeat those {@code distance} back, at most one match's worth. */
    private static int run(byte[] data, int i, int distance, int n) {
        int limit = Math.min(MAX_MATCH, n - i);
        if (limit < 3 || data[i] != data[i - distance] || data[i + 1] != data[i + 1 - distance]
                || data[i + 2] != data[i + 2 - distance]) {
            return 0;
        }
        int differs = Arrays.mismatch(data, i, i + limit, data, i - distance, i - distance + limit);
        return differs < 0 ? limit : differs;
    }

    /** The fixed 5-bit distance code and its extra bits, as one bit string. */
    private static int distanceCode(int distance) {
        int index = index(distance);
        int code = Integer.reverse(index) >>> 27;
        return code | ((distance - DISTANCE_BASE[index]) << 5);
    }

    private static int distanceBits(int distance) {
        int index = index(distance);
        return 5 + (index < 4 ? 0 : index / 2 - 1);
    }

    private static int index(int distance) {
        if (distance < 1 || distance > 32768) {
            throw new IllegalArgumentException("a deflate distance is 1 to 32768, not " + distance);
        }
        int index = DISTANCE_BASE.length - 1;
        while (DISTANCE_BASE[index] > distance) {
            index--;
        }
        return index;
    }

    private void bits(int value, int count) {
        bitBuffer |= (long) value << bitCount;
        bitCount += count;
        while (bitCount >= 8) {
            out[at++] = (byte) bitBuffer;
            bitBuffer >>>= 8;
            bitCount -= 8;
        }
    }
}
