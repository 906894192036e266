package id.warta.card;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The card's own deflate writer makes zlib streams that zlib reads back to the same bytes. */
class FixedDeflateTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty", "one byte", "random", "runs", "rows like the row above", "every length"})
    void inflatesBackToTheSameBytes(String shape) throws DataFormatException {
        int row = 601;
        byte[] data = data(shape, row);
        byte[] stream = FixedDeflate.zlib(data, row);
        Inflater inflater = new Inflater();
        inflater.setInput(stream);
        byte[] back = new byte[data.length + 1];
        int length = inflater.inflate(back);
        assertTrue(inflater.finished(), shape + ": the stream ends, and its Adler-32 matches");
        assertEquals(0, inflater.getRemaining(), shape + ": nothing after the stream");
        assertEquals(data.length, length);
        assertArrayEquals(data, java.util.Arrays.copyOf(back, length));
        inflater.end();
    }

    private static byte[] data(String shape, int row) {
        Random random = new Random(19);
        switch (shape) {
            case "empty":
                return new byte[0];
            case "one byte":
                return new byte[] {42};
            case "random": {
                byte[] data = new byte[50_000];
                random.nextBytes(data);
                return data;
            }
            case "runs": {
                byte[] data = new byte[row * 40];
                for (int i = 0; i < data.length; i++) {
                    data[i] = (byte) ((i / 97) % 3 == 0 ? 0 : (i / 13) % 5);
                }
                return data;
            }
            case "rows like the row above": {
                byte[] data = new byte[row * 60];
                for (int i = 0; i < data.length; i++) {
                    int x = i % row;
                    data[i] = (byte) (x > 100 && x < 140 && (i / row) % 7 != 0 ? 0x77 : x % 2 == 0 ? 0 : 0x12);
                }
                return data;
            }
            default: {
                // runs of every length from 1 to 300, so each length code and its extra bits are used
                byte[] data = new byte[300 * 301 / 2];
                int at = 0;
                for (int length = 1; length <= 300; length++) {
                    java.util.Arrays.fill(data, at, at + length, (byte) length);
                    at += length;
                }
                return data;
            }
        }
    }
}
