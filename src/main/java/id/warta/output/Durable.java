package id.warta.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes for the journal protocol. Only the journal itself is forced to disk (one fsync per build, plus its folder):
 * forcing every staged page cost about 15 ms a file on an ordinary disk, minutes for a large first build. So a killed
 * build never leaves a mix, and a machine crash at worst leaves pages the next build finds different and rewrites.
 */
final class Durable {
    /**
     * Test-only: milliseconds to pause after each staged file and each move, so a crash test can kill a build in the
     * middle of writing. Unset (the default) means no pause.
     */
    static final String TEST_DELAY_PROPERTY = "warta.output.testOnlyDelayPerFileMillis";
    private static final long TEST_DELAY = Long.getLong(TEST_DELAY_PROPERTY, 0L);

    private Durable() {
    }

    static void write(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes a rename or a new entry in {@code dir} durable; file systems that cannot (Windows) are left as they are. */
    static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can open a directory; the rename itself is still atomic there.
        }
    }

    static void pauseForCrashTest() {
        if (TEST_DELAY > 0) {
            try {
                Thread.sleep(TEST_DELAY);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
