package id.warta.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Parse results by key (a hash of the file's name and bytes), stored as {@link RecordCodec} bytes in 256 cache
 * files by the key's first byte, so that an edit rewrites one or two small files. Results used by the last build
 * are also kept decoded, for the next build in the same process (the preview server).
 */
final class ParseMemory {
    private static final int BUCKETS = 256;

    private final Path dir;
    private final String version;
    private final Map<String, byte[]> stored = new ConcurrentHashMap<>();
    private Map<String, ArticleFile> decoded = new ConcurrentHashMap<>();
    private final Map<String, ArticleFile> used = new ConcurrentHashMap<>();
    /** Per bucket, the keys its file holds; null when it must be written whatever it holds. */
    private final Map<Integer, Set<String>> bucketKeys = new ConcurrentHashMap<>();
    private final Set<Integer> unknownBuckets = ConcurrentHashMap.newKeySet();

    /** Reads every bucket file of {@code dir}; {@code damaged} is told of each that is not whole. */
    ParseMemory(Path dir, String version, java.util.function.Consumer<String> damaged) {
        this.dir = dir;
        this.version = version;
        IntStream.range(0, BUCKETS).parallel().forEach(bucket -> load(bucket, damaged));
    }

    void begin() {
        used.clear();
    }

    /** The parse kept under {@code key}, or null; a stored value that cannot be read is dropped. */
    ArticleFile get(String key, java.util.function.Consumer<String> damaged) {
        ArticleFile known = decoded.get(key);
        if (known == null) {
            byte[] bytes = stored.get(key);
            if (bytes == null) {
                return null;
            }
            try {
                known = (ArticleFile) RecordCodec.read(new DataInputStream(new ByteArrayInputStream(bytes)));
            } catch (IOException | RuntimeException e) {
                stored.remove(key);
                unknownBuckets.add(bucket(key));
                damaged.accept(file(bucket(key)));
                return null;
            }
        }
        used.put(key, known);
        return known;
    }

    void put(String key, ArticleFile file) {
        used.put(key, file);
        if (!stored.containsKey(key)) {
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
                RecordCodec.write(new DataOutputStream(bytes), file);
                stored.put(key, bytes.toByteArray());
            } catch (IOException | IllegalArgumentException e) {
                // A value the codec cannot write: that file is parsed again next time.
            }
        }
    }

    /** Keeps what the build used, and rewrites the bucket files whose keys changed. */
    void committed() throws IOException {
        decoded = new ConcurrentHashMap<>(used);
        stored.keySet().retainAll(used.keySet());
        Map<Integer, Map<String, byte[]>> byBucket = new TreeMap<>();
        IntStream.range(0, BUCKETS).forEach(bucket -> byBucket.put(bucket, new TreeMap<>()));
        stored.forEach((key, bytes) -> byBucket.get(bucket(key)).put(key, bytes));
        for (Map.Entry<Integer, Map<String, byte[]>> bucket : byBucket.entrySet()) {
            Map<String, byte[]> entries = bucket.getValue();
            if (!unknownBuckets.contains(bucket.getKey())
                    && entries.keySet().equals(bucketKeys.get(bucket.getKey()))) {
                continue;
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(body);
            out.writeInt(entries.size());
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeInt(entry.getValue().length);
                out.write(entry.getValue());
            }
            CacheFiles.write(dir.resolve(file(bucket.getKey())), version, body.toByteArray());
            bucketKeys.put(bucket.getKey(), Set.copyOf(entries.keySet()));
            unknownBuckets.remove(bucket.getKey());
        }
    }

    private void load(int bucket, java.util.function.Consumer<String> damaged) {
        CacheFiles.Read read = CacheFiles.read(dir.resolve(file(bucket)), version);
        if (read.status() != CacheFiles.Status.READ) {
            if (read.status() == CacheFiles.Status.MISSING) {
                bucketKeys.put(bucket, Set.of());
            } else {
                unknownBuckets.add(bucket);
            }
            if (read.status() == CacheFiles.Status.DAMAGED) {
                damaged.accept(file(bucket));
            }
            return;
        }
        Map<String, byte[]> entries = new HashMap<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(read.body()))) {
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String key = in.readUTF();
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                entries.put(key, bytes);
            }
        } catch (IOException | RuntimeException e) {
            unknownBuckets.add(bucket);
            damaged.accept(file(bucket));
            return;
        }
        stored.putAll(entries);
        bucketKeys.put(bucket, Set.copyOf(entries.keySet()));
    }

    private static int bucket(String key) {
        return Integer.parseInt(key.substring(0, 2), 16);
    }

    private static String file(int bucket) {
        return String.format("parsed/%02x", bucket);
    }
}
