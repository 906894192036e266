package id.warta.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void callsBackOncePerBurstOfSaves() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "satu\n");
        BlockingQueue<String> bursts = new LinkedBlockingQueue<>();
        try (SourceWatcher watcher = new SourceWatcher(List.of(dir), Duration.ofMillis(200),
                () -> bursts.add("burst"))) {
            Files.writeString(article, "dua\n");
            Files.writeString(article, "tiga\n");
            next(bursts);
            assertNull(bursts.poll(500, TimeUnit.MILLISECONDS), "two quick saves are one burst");
        }
    }

    @Test
    void watchesAFolderCreatedAfterItStarted() throws Exception {
        BlockingQueue<String> bursts = new LinkedBlockingQueue<>();
        try (SourceWatcher watcher = new SourceWatcher(List.of(dir), Duration.ofMillis(50),
                () -> bursts.add("burst"))) {
            Path folder = Files.createDirectories(dir.resolve("baru"));
            next(bursts);
            Files.writeString(folder.resolve("b.txt"), "satu\n");
            next(bursts);
        }
    }

    private static void next(BlockingQueue<String> bursts) throws InterruptedException {
        assertNotNull(bursts.poll(20, TimeUnit.SECONDS), "the watcher reported no change");
    }
}
