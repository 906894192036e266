package id.warta.serve;

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

/** After a folder is renamed, a save inside it must still reach the rebuild under a name it can use. */
class SourceWatcherRenameTest {
    @TempDir
    Path dir;

    @Test
    void aSaveInARenamedFolderIsReportedUnderItsNewNameOrAsIncomplete() throws Exception {
        Path old = Files.createDirectories(dir.resolve("2024"));
        Files.writeString(old.resolve("a.txt"), "satu\n");
        Path warmUp = Files.writeString(dir.resolve("b.txt"), "satu\n");
        BlockingQueue<SourceChanges> bursts = new LinkedBlockingQueue<>();
        try (SourceWatcher watcher = new SourceWatcher(List.of(dir), Duration.ofMillis(50), bursts::add)) {
            Files.writeString(warmUp, "dua\n");
            next(bursts); // the first burst is always incomplete
            Path renamed = Files.move(old, dir.resolve("arsip-2024"));
            next(bursts); // a folder appeared: incomplete, the rebuild lists everything again
            Path article = renamed.resolve("a.txt");
            Files.writeString(article, "dua, sesudah folder diganti namanya\n");
            SourceChanges save = next(bursts);
            assertTrue(!save.complete() || save.paths().contains(article),
                    "the save was reported as only " + save.paths());
        }
    }

    private static SourceChanges next(BlockingQueue<SourceChanges> bursts) throws InterruptedException {
        SourceChanges changes = bursts.poll(20, TimeUnit.SECONDS);
        assertNotNull(changes, "the watcher reported no change");
        return changes;
    }
}
