package id.warta.render;

import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable char buffer for one thread: {@link java.io.CharArrayWriter} without its locks. A page is collected here
 * and encoded to UTF-8 once at the end: FreeMarker writes a page in thousands of small pieces, and encoding each piece
 * on its own through an {@link java.io.OutputStreamWriter} cost more than the encoding itself.
 */
final class CharSink extends Writer {
    private char[] buffer;
    private int size;

    CharSink(int capacity) {
        buffer = new char[capacity];
    }

    @Override
    public void write(int c) {
        ensure(1);
        buffer[size++] = (char) c;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        ensure(length);
        System.arraycopy(chars, offset, buffer, size, length);
        size += length;
    }

    @Override
    public void write(String text, int offset, int length) {
        ensure(length);
        text.getChars(offset, offset + length, buffer, size);
        size += length;
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** The text so far, as UTF-8; an unpaired surrogate becomes {@code ?}, as any JDK encoder writes it. */
    byte[] toUtf8() {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(buffer, 0, size));
        return Arrays.copyOfRange(bytes.array(), bytes.arrayOffset(), bytes.arrayOffset() + bytes.limit());
    }

    @Override
    public String toString() {
        return new String(buffer, 0, size);
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }
}
