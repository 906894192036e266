package id.warta.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.bench.CorpusGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server's rebuilds remember parsed files and page views, and must still build exactly the new site. */
class IncrementalBuildTest {
    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private BuildOptions options(Path content, Path output) {
        return new BuildOptions(content, Path.of("templates"), output, "https://contoh.id/", false, false, NOW);
    }

    @Test
    void aRebuildAfterEditsWritesWhatAFreshBuildWritesAndOnlyTheChangedFiles() throws Exception {
        Path content = dir.resolve("content");
        CorpusGenerator corpus = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED, 60);
        corpus.write(content, dir.resolve("hugo"));
        Path served = dir.resolve("served");
        Pipeline incremental = Pipeline.incremental(options(content, served));
        BuildResult first = incremental.run();

        Path edited = content.resolve(corpus.wartaFileName(7));
        Files.writeString(edited, Files.readString(edited).replaceFirst("\ntitle: .*\n", "\ntitle: Judul Baru Sekali\n"));
        Path appended = content.resolve(corpus.wartaFileName(30));
        Files.writeString(appended, Files.readString(appended) + "\nRedaksi menambahkan paragraf ini.\n");
        Files.setLastModifiedTime(appended, java.nio.file.attribute.FileTime.from(NOW));
        BuildResult rebuilt = incremental.run();

        Path fresh = dir.resolve("fresh");
        new Pipeline(options(content, fresh)).run();
        assertEquals(snapshot(fresh).keySet(), snapshot(served).keySet());
        snapshot(fresh).forEach((path, bytes) ->
                assertTrue(Arrays.equals(bytes, snapshot(served).get(path)), path + " differs from a fresh build"));
        assertTrue(rebuilt.written() > 0 && rebuilt.written() < first.written() / 2,
                "rewrote " + rebuilt.written() + " of " + first.written() + " files");
        assertEquals(0, incremental.run().written(), "a rebuild without edits writes nothing");
    }

    private static Map<String, byte[]> snapshot(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
