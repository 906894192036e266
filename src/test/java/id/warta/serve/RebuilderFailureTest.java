package id.warta.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.model.Problem;
import id.warta.pipeline.BuildResult;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild that dies of a stack overflow is shown as an error, and the next save still rebuilds. */
class RebuilderFailureTest {
    @TempDir
    Path site;
    private PreviewServer server;

    @BeforeEach
    void start() throws IOException {
        server = PreviewServer.start(site, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aStackOverflowInOneRebuildIsReportedAndTheNextRebuildRuns() {
        AtomicInteger runs = new AtomicInteger();
        List<List<Problem>> failures = new ArrayList<>();
        Rebuilder rebuilder = new Rebuilder(() -> {
            if (runs.incrementAndGet() == 1) {
                throw new StackOverflowError();
            }
            return new BuildResult(1, 1, 1, 0, 0, 0, 0, List.of(), 1);
        }, server, new Rebuilder.Listener() {
            @Override
            public void built(BuildResult result) {
            }

            @Override
            public void failed(List<Problem> problems) {
                failures.add(problems);
            }
        });
        assertFalse(rebuilder.rebuild());
        assertEquals(1, failures.size());
        assertEquals("warta: internal error while building: java.lang.StackOverflowError; please report it"
                + " with this message", failures.get(0).get(0).toString());
        assertTrue(rebuilder.rebuild(), "the watcher's next rebuild runs");
    }
}
