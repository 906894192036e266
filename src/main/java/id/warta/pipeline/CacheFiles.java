package id.warta.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * One file of the cache folder: a line naming the format, the Warta that wrote it, the body, and a checksum of all
 * of it, written to a temporary name and moved into place. Reading tells a missing file, one of another version
 * (quietly outdated), and one that is not a whole cache file (truncated, corrupted, or not Warta's) apart.
 */
final class CacheFiles {
    private static final byte[] MAGIC = "warta-cache 1\n".getBytes(StandardCharsets.US_ASCII);

    /** What reading found. */
    enum Status { READ, MISSING, OUTDATED, DAMAGED }

    /** @param body the body when {@code status} is READ, else null */
    record Read(Status status, byte[] body) { }

    private CacheFiles() {
    }

    static Read read(Path file, String version) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Read(Status.MISSING, null);
        } catch (IOException e) {
            return new Read(Status.DAMAGED, null);
        }
        byte[] versionLine = (version + "\n").getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MAGIC.length + 4 || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return new Read(Status.DAMAGED, null);
        }
        int end = bytes.length - 4;
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, end);
        if ((int) crc.getValue() != ByteBuffer.wrap(bytes, end, 4).getInt()) {
            return new Read(Status.DAMAGED, null);
        }
        int start = MAGIC.length + versionLine.length;
        if (start > end || !Arrays.equals(bytes, MAGIC.length, start, versionLine, 0, versionLine.length)) {
            return new Read(Status.OUTDATED, null);
        }
        return new Read(Status.READ, Arrays.copyOfRange(bytes, start, end));
    }

    static void write(Path file, String version, byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 128);
        out.write(MAGIC);
        out.write((version + "\n").getBytes(StandardCharsets.UTF_8));
        out.write(body);
        CRC32C crc = new CRC32C();
        byte[] all = out.toByteArray();
        crc.update(all);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        Files.createDirectories(file.getParent());
        // Named for this process: a build and a preview server may write the same cache file at once.
        Path temporary = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        Files.write(temporary, out.toByteArray());
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
