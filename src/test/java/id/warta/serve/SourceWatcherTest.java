package id.warta.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.pipeline.SourceChanges;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher names the paths of each burst of changes, and says so when it cannot name them all. */
class SourceWatcherTest {
    @TempDir
    Path dir;

    @Test
    void namesTheChangedFilesOnceItHasSeenAFirstBurst() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "satu\n");
        BlockingQueue<SourceChanges> bursts = new LinkedBlockingQueue<>();
        try (SourceWatcher watcher = new SourceWatcher(List.of(dir), Duration.ofMillis(50), bursts::add)) {
            Files.writeString(article, "dua\n");
            SourceChanges first = next(bursts);
            assertFalse(first.complete(), "changes before watching began may have been missed");

            Files.writeString(article, "tiga\n");
            SourceChanges second = next(bursts);
            assertTrue(second.complete());
            assertEquals(java.util.Set.of(article), second.paths());
        }
    }

    @Test
    void aNewFolderMakesTheBurstIncomplete() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "satu\n");
        BlockingQueue<SourceChanges> bursts = new LinkedBlockingQueue<>();
        try (SourceWatcher watcher = new SourceWatcher(List.of(dir), Duration.ofMillis(50), bursts::add)) {
            Files.writeString(article, "dua\n");
            next(bursts);
            Files.createDirectories(dir.resolve("baru"));
            assertFalse(next(bursts).complete(), "a folder may arrive with articles already in it");
        }
    }

    private static SourceChanges next(BlockingQueue<SourceChanges> bursts) throws InterruptedException {
        SourceChanges changes = bursts.poll(20, TimeUnit.SECONDS);
        assertNotNull(changes, "the watcher reported no change");
        return changes;
    }
}
