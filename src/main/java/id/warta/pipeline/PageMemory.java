package id.warta.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For one output folder, the hash of the view each page was last written from and the size and modification time
 * its file had when the build was committed, kept in one cache file. A page is skipped only when its view hashes the
 * same, under the same templates and settings, and its file is still there with that size and time; anything else
 * renders it. The time matters: another site built into the same folder can leave a page of the same size
 * ("40 berita" for "60 berita").
 */
final class PageMemory {
    private record Entry(byte[] digest, int size, long modified) { }

    private final Path file;
    private final Path output;
    private final String inputsKey;
    private Map<String, Entry> last;
    private final Map<String, Entry> next = new ConcurrentHashMap<>();
    private final Map<String, byte[]> pending = new ConcurrentHashMap<>();

    private PageMemory(Path file, Path output, String inputsKey, Map<String, Entry> last) {
        this.file = file;
        this.output = output;
        this.inputsKey = inputsKey;
        this.last = last;
    }

    /** What the folder's cache file remembers for {@code output} under {@code inputsKey}; nothing if damaged. */
    static PageMemory load(Path cacheDir, String version, Path output, String inputsKey, Runnable damaged) {
        Path file = cacheDir.resolve("pages").resolve(CacheFolder.hash(output.toString()).substring(0, 32));
        CacheFiles.Read read = CacheFiles.read(file, version);
        Map<String, Entry> pages = new HashMap<>();
        if (read.status() == CacheFiles.Status.READ) {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(read.body()))) {
                if (in.readUTF().equals(output.toString()) && in.readUTF().equals(inputsKey)) {
                    int count = in.readInt();
                    for (int i = 0; i < count; i++) {
                        String path = in.readUTF();
                        byte[] digest = new byte[in.readUnsignedByte()];
                        in.readFully(digest);
                        pages.put(path, new Entry(digest, in.readInt(), in.readLong()));
                    }
                }
            } catch (IOException | RuntimeException e) {
                pages.clear();
                damaged.run();
            }
        } else if (read.status() == CacheFiles.Status.DAMAGED) {
            damaged.run();
        }
        return new PageMemory(file, output, inputsKey, pages);
    }

    boolean isFor(Path output, String inputsKey) {
        return this.output.equals(output) && this.inputsKey.equals(inputsKey);
    }

    /** Starts a build: nothing of an earlier, unfinished one is kept. */
    void begin() {
        next.clear();
        pending.clear();
    }

    /** See {@link BuildCache#unchanged}. */
    boolean unchanged(String path, String template, Object view) {
        byte[] digest = digest(template, view);
        if (digest == null) {
            return false;
        }
        pending.put(path, digest);
        Entry before = last.get(path);
        if (before == null || !Arrays.equals(before.digest(), digest) || !fileIs(path, before)) {
            return false;
        }
        next.put(path, before);
        return true;
    }

    /** See {@link BuildCache#written}. */
    void written(String path, int size) {
        byte[] digest = pending.remove(path);
        if (digest != null) {
            next.put(path, new Entry(digest, size, -1));
        }
    }

    /** The build was committed: what it wrote is what the folder holds; the cache file is rewritten if changed. */
    void committed(String version) throws IOException {
        Map<String, Entry> now = new TreeMap<>();
        next.forEach((path, entry) -> now.put(path, new Entry(entry.digest(), entry.size(), modified(path))));
        boolean same = now.size() == last.size() && now.entrySet().stream().allMatch(e -> {
            Entry before = last.get(e.getKey());
            return before != null && before.size() == e.getValue().size() && before.modified() == e.getValue().modified()
                    && Arrays.equals(before.digest(), e.getValue().digest());
        });
        last = now;
        begin();
        if (same && Files.isRegularFile(file)) {
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(body);
        out.writeUTF(output.toString());
        out.writeUTF(inputsKey);
        out.writeInt(now.size());
        for (Map.Entry<String, Entry> page : now.entrySet()) {
            out.writeUTF(page.getKey());
            out.writeByte(page.getValue().digest().length);
            out.write(page.getValue().digest());
            out.writeInt(page.getValue().size());
            out.writeLong(page.getValue().modified());
        }
        CacheFiles.write(file, version, body.toByteArray());
    }

    private boolean fileIs(String path, Entry entry) {
        try {
            Path page = output.resolve(path);
            return Files.isRegularFile(page) && Files.size(page) == entry.size() && entry.modified() >= 0
                    && Files.getLastModifiedTime(page).to(TimeUnit.NANOSECONDS) == entry.modified();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The file's modification time once the build is committed, or -1 when it cannot be read. */
    private long modified(String path) {
        try {
            return Files.getLastModifiedTime(output.resolve(path)).to(TimeUnit.NANOSECONDS);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The template's name and the view's value, hashed; null when the view holds what the codec cannot write. */
    private static byte[] digest(String template, Object view) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            DataOutputStream out = new DataOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(),
                    digest));
            out.writeUTF(template);
            RecordCodec.write(out, view);
            out.flush();
            return digest.digest();
        } catch (IOException | IllegalArgumentException | NoSuchAlgorithmException e) {
            return null;
        }
    }
}
