package id.warta.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer at a time per output folder: a second one waits, or gives up with a clear error, and never writes. */
class OutputLockTest {

    @TempDir
    Path dir;

    private static SortedMap<String, byte[]> site(String text) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put("index.html", text.getBytes(StandardCharsets.UTF_8));
        files.put("a/index.html", (text + " a").getBytes(StandardCharsets.UTF_8));
        return files;
    }

    @Test
    void aSecondWriterGivesUpWithAClearErrorAndWritesNothing() throws Exception {
        Path out = dir.resolve("site-out");
        new SiteWriter(out, List.of()).write(site("lama"));
        WriteSession first = new SiteWriter(out, List.of()).begin();
        first.put("index.html", "baru".getBytes(StandardCharsets.UTF_8));
        SiteWriter second = new SiteWriter(out, List.of()).lockPatience(Duration.ofMillis(200));
        OutputBusyException busy = assertThrows(OutputBusyException.class, () -> second.write(site("lain")));
        assertTrue(busy.getMessage().startsWith(out + " is being written by another Warta build or `warta serve`"
                + " (it holds " + out.resolve(OutputLock.FILE) + "), still after 0 s; wait for it to finish or stop"
                + " it, then build again"), busy.getMessage());
        assertEquals("lama", Files.readString(out.resolve("index.html")));
        first.put("a/index.html", "baru a".getBytes(StandardCharsets.UTF_8));
        first.commit();
        assertEquals("baru", Files.readString(out.resolve("index.html")));
        assertEquals("baru a", Files.readString(out.resolve("a/index.html")));
    }

    @Test
    void aWaitingWriterWritesOnceTheFirstHasCommitted() throws Exception {
        Path out = dir.resolve("site-out");
        WriteSession first = new SiteWriter(out, List.of()).begin();
        first.put("index.html", "satu".getBytes(StandardCharsets.UTF_8));
        CompletableFuture<SiteWriter.Stats> second = CompletableFuture.supplyAsync(() -> {
            try {
                return new SiteWriter(out, List.of()).lockPatience(Duration.ofSeconds(30)).write(site("dua"));
            } catch (OutputException e) {
                throw new IllegalStateException(e);
            }
        });
        first.put("a/index.html", "satu a".getBytes(StandardCharsets.UTF_8));
        assertFalse(second.isDone(), "the second writer must wait while the first session is open");
        first.commit();
        second.get(30, TimeUnit.SECONDS);
        assertEquals("dua", Files.readString(out.resolve("index.html")));
        assertEquals("dua a", Files.readString(out.resolve("a/index.html")));
    }

    @Test
    void aFailedFirstBuildRemovesTheFolderItMadeAndTheLockGoesWithIt() throws Exception {
        Path out = dir.resolve("site-out");
        WriteSession session = new SiteWriter(out, List.of()).begin();
        session.put("index.html", "x".getBytes(StandardCharsets.UTF_8));
        session.abort();
        assertFalse(Files.exists(out));
        new SiteWriter(out, List.of()).write(site("lagi"));
        assertEquals("lagi", Files.readString(out.resolve("index.html")));
    }

    @Test
    void theLockOfAKilledProcessIsReleasedByTheSystem() throws Exception {
        Path out = dir.resolve("site-out");
        new SiteWriter(out, List.of()).write(site("lama"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), out.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertEquals("locked", lines.readLine());
            SiteWriter waiting = new SiteWriter(out, List.of()).lockPatience(Duration.ofMillis(200));
            assertThrows(OutputBusyException.class, () -> waiting.write(site("baru")));
            assertEquals("lama", Files.readString(out.resolve("index.html")));
        } finally {
            holder.destroyForcibly();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        new SiteWriter(out, List.of()).lockPatience(Duration.ofSeconds(30)).write(site("baru"));
        assertEquals("baru", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve(SiteWriter.STAGING)));
    }
}
