package id.warta.serve;

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

/** After a folder is renamed, a save inside it must still start a rebuild. */
class SourceWatcherRenameTest {
    @TempDir
    Path dir;

    @Test
    void aSaveInARenamedFolderStartsARebuild() throws Exception {
        Path old = Files.createDirectories(dir.resolve("2024"));
        Files.writeString(old.resolve("a.txt"), "satu\n");
        BlockingQueue<String> bursts = new LinkedBlockingQueue<>();
        try (SourceWatcher watcher = new SourceWatcher(List.of(dir), Duration.ofMillis(50),
                () -> bursts.add("burst"))) {
            Path renamed = Files.move(old, dir.resolve("arsip-2024"));
            next(bursts);
            Files.writeString(renamed.resolve("a.txt"), "dua, sesudah folder diganti namanya\n");
            next(bursts);
        }
    }

    private static void next(BlockingQueue<String> bursts) throws InterruptedException {
        assertNotNull(bursts.poll(20, TimeUnit.SECONDS), "the watcher reported no change");
    }
}
