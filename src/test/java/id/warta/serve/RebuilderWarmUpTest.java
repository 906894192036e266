package id.warta.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.pipeline.BuildResult;
import id.warta.model.Problem;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Warming up rebuilds with nothing changed, tells no page, and gives way to the first real save. */
class RebuilderWarmUpTest {
    @TempDir
    Path site;
    private PreviewServer server;
    private final List<String> builds = new CopyOnWriteArrayList<>();
    private final AtomicInteger told = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = PreviewServer.start(site, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static BuildResult nothingWritten() {
        return new BuildResult(1, 1, 0, 1, 0, 0, 0, List.of(), 1);
    }

    private Rebuilder rebuilder(Rebuilder.Build build) {
        return new Rebuilder(build, server, new Rebuilder.Listener() {
            @Override
            public void built(BuildResult result) {
                told.incrementAndGet();
            }

            @Override
            public void failed(List<Problem> problems) {
                told.incrementAndGet();
            }
        });
    }

    @Test
    void warmUpRebuildsWithNothingChangedAndTellsNobody() {
        Rebuilder rebuilder = rebuilder(() -> {
            builds.add("warm-up");
            return nothingWritten();
        });
        rebuilder.warmUp(3);
        assertEquals(3, builds.size());
        assertEquals(0, told.get());
    }

    @Test
    void aSaveDuringTheWarmUpEndsItAndIsRebuilt() throws Exception {
        Rebuilder[] self = new Rebuilder[1];
        Thread[] save = new Thread[1];
        self[0] = rebuilder(() -> {
            builds.add(builds.isEmpty() ? "warm-up" : "save");
            if (builds.size() == 1) {
                save[0] = new Thread(() -> self[0].rebuild());
                save[0].start();
                while (save[0].getState() != Thread.State.BLOCKED) {
                    Thread.onSpinWait(); // the save waits for this round
                }
            }
            return nothingWritten();
        });
        self[0].warmUp(5);
        save[0].join();
        assertEquals(2, builds.size(), "one warm-up round, then the save's rebuild");
        assertEquals(List.of("warm-up", "save"), builds);
        assertEquals(1, told.get(), "only the save's rebuild is reported");
    }
}
