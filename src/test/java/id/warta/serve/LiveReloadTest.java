package id.warta.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.pipeline.BuildOptions;
import id.warta.pipeline.BuildResult;
import id.warta.pipeline.Pipeline;
import id.warta.model.Problem;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole preview loop: a saved file is rebuilt by the real pipeline and open pages hear about it. */
class LiveReloadTest {
    @TempDir
    Path project;
    private Path content;
    private PreviewServer server;
    private SourceWatcher watcher;

    @BeforeEach
    void startServing() throws IOException {
        content = Files.createDirectories(project.resolve("content"));
        Path templates = project.resolve("templates");
        copyTree(Path.of("templates"), templates);
        Files.writeString(content.resolve("banjir.txt"), "Banjir Melanda Jakarta\nHujan deras sejak pagi.\n");
        Path output = project.resolve("site-out");
        Pipeline pipeline = new Pipeline(new BuildOptions(content, templates, output, null, true));
        server = PreviewServer.start(output, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Rebuilder rebuilder = new Rebuilder(pipeline::run, server, new Rebuilder.Listener() {
            @Override
            public void built(BuildResult result) {
                // The events on the stream are what these tests look at.
            }

            @Override
            public void failed(List<Problem> problems) {
                // As above.
            }
        });
        assertTrue(rebuilder.rebuild(), "the first build succeeds");
        watcher = new SourceWatcher(List.of(content, templates), Duration.ofMillis(100), rebuilder::rebuild);
    }

    @AfterEach
    void stop() throws IOException {
        watcher.close();
        server.close();
    }

    @Test
    void sendsAReloadEventAfterAContentFileChanges() throws Exception {
        try (EventStream events = new EventStream(server.uri().getPort())) {
            awaitListener();
            Files.writeString(content.resolve("gempa.txt"), "Gempa Guncang Cianjur\nWarga berhamburan.\n");

            assertNotNull(events.next("reload"), "a reload event arrives after the save");
            String index = RawHttp.request(server.uri().getPort(), "GET", "/").body();
            assertTrue(index.contains("Gempa Guncang Cianjur"), "the new article is served");
        }
    }

    @Test
    void showsTheErrorOfAFailedRebuildKeepsTheLastGoodSiteAndRecovers() throws Exception {
        try (EventStream events = new EventStream(server.uri().getPort())) {
            awaitListener();
            Files.write(content.resolve("rusak.txt"), new byte[] {'A', (byte) 0xC3, '\n'});

            EventStream.Event failure = events.next("build-error");
            assertNotNull(failure, "the failed rebuild is announced");
            assertTrue(failure.data().contains("rusak.txt"), failure.data());
            RawHttp.Response index = RawHttp.request(server.uri().getPort(), "GET", "/");
            assertEquals(200, index.status());
            assertTrue(index.body().contains("Banjir Melanda Jakarta"), "the last good site is still served");

            try (EventStream late = new EventStream(server.uri().getPort())) {
                EventStream.Event shown = late.next();
                assertNotNull(shown);
                assertEquals("build-error", shown.name(), "a page opened later sees the error too");
            }

            Files.delete(content.resolve("rusak.txt"));
            assertNotNull(events.next("reload"), "the next good build reloads the page");
        }
    }

    @Test
    void rebuildsAfterATemplateChanges() throws Exception {
        try (EventStream events = new EventStream(server.uri().getPort())) {
            awaitListener();
            Path css = project.resolve("templates/assets/style.css");
            Files.writeString(css, Files.readString(css) + "\n.baru{color:red}\n");

            assertNotNull(events.next("reload"));
            String served = RawHttp.request(server.uri().getPort(), "GET", "/assets/style.css").body();
            assertTrue(served.contains(".baru"));
            assertFalse(served.contains("__warta"));
        }
    }

    private void awaitListener() throws InterruptedException {
        for (int i = 0; i < 200 && server.listeners() == 0; i++) {
            TimeUnit.MILLISECONDS.sleep(25);
        }
        assertEquals(1, server.listeners());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
