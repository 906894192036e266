package id.warta.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.bench.CorpusGenerator;
import id.warta.serve.SourceWatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server's rebuilds remember parsed files and page views and trust the paths a watcher reports, and
 * must still build exactly the new site.
 */
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
        Map<String, String> want = SiteRun.snapshot(fresh);
        Map<String, String> got = SiteRun.snapshot(served);
        assertEquals(want.keySet(), got.keySet());
        want.forEach((path, bytes) -> assertEquals(bytes, got.get(path), path + " differs from a fresh build"));
        assertTrue(rebuilt.written() > 0 && rebuilt.written() < first.written() / 2,
                "rewrote " + rebuilt.written() + " of " + first.written() + " files");
        assertEquals(0, incremental.run().written(), "a rebuild without edits writes nothing");
    }

    /**
     * An article file may be a link to another file inside the content folder. A watcher sees a save of the
     * link's target under the target's name only, so the rebuild told that name must still re-read the article.
     */
    @Test
    void editingTheTargetOfALinkedArticleRebuildsItsPage() throws Exception {
        Path content = dir.resolve("content");
        CorpusGenerator corpus = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED, 8);
        corpus.write(content, dir.resolve("hugo"));
        Path linked = content.resolve(corpus.wartaFileName(3));
        Path target = content.resolve(".naskah-asli.txt");
        Files.move(linked, target);
        Files.createSymbolicLink(linked, target.getFileName());

        Path served = dir.resolve("served");
        Pipeline incremental = Pipeline.incremental(options(content, served));
        incremental.run();
        Files.writeString(target, Files.readString(target)
                + "\nRedaksi menambahkan paragraf penutup ini setelah berita terbit.\n", StandardCharsets.UTF_8);
        incremental.run(SourceChanges.of(Set.of(target))); // what SourceWatcher reports for the save

        Path fresh = dir.resolve("fresh");
        new Pipeline(options(content, fresh)).run();
        assertSameSite(fresh, served);
    }

    /**
     * After a folder of articles is renamed, the system still watches the same folder, and the JDK hands back its
     * old watch key naming the old place; saves inside it must still reach the rebuild under a name it can use
     * (see SourceWatcherRenameTest), so that the served site shows them. Driven by the real watcher.
     */
    @Test
    void aSaveInARenamedFolderRebuildsThePage() throws Exception {
        Path content = dir.resolve("content");
        CorpusGenerator corpus = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED, 8);
        corpus.write(content, dir.resolve("hugo"));
        Path old = Files.createDirectories(content.resolve("2024"));
        Files.move(content.resolve(corpus.wartaFileName(3)), old.resolve("a.txt"));
        Path served = dir.resolve("served");
        Pipeline incremental = Pipeline.incremental(options(content, served));
        incremental.run();
        BlockingQueue<SourceChanges> bursts = new LinkedBlockingQueue<>();
        try (SourceWatcher watcher = new SourceWatcher(List.of(content), Duration.ofMillis(50), bursts::add)) {
            Path renamed = Files.move(old, content.resolve("arsip-2024"));
            rebuildFrom(incremental, bursts);
            Path article = renamed.resolve("a.txt");
            Files.writeString(article, Files.readString(article)
                    + "\nRedaksi menambahkan paragraf penutup ini setelah berita terbit.\n", StandardCharsets.UTF_8);
            rebuildFrom(incremental, bursts);
        }

        Path fresh = dir.resolve("fresh");
        new Pipeline(options(content, fresh)).run();
        assertSameSite(fresh, served);
    }

    /** Rebuilds after the next burst, and after any that follow it closely, as the preview server would. */
    private static void rebuildFrom(Pipeline pipeline, BlockingQueue<SourceChanges> bursts) throws Exception {
        SourceChanges changes = bursts.poll(20, TimeUnit.SECONDS);
        assertNotNull(changes, "the watcher reported no change");
        while (changes != null) {
            pipeline.run(changes);
            changes = bursts.poll(500, TimeUnit.MILLISECONDS);
        }
    }

    private static void assertSameSite(Path expected, Path actual) throws IOException {
        Map<String, String> want = SiteRun.snapshot(expected);
        Map<String, String> got = SiteRun.snapshot(actual);
        assertEquals(want.keySet(), got.keySet());
        List<String> differing = want.keySet().stream().filter(path -> !want.get(path).equals(got.get(path)))
                .toList();
        assertEquals(List.of(), differing, "files that differ from a fresh build");
    }
}
