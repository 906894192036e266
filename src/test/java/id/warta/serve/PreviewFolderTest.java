package id.warta.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code warta serve} previews drafts without a base URL, so it builds into the cache folder and leaves the
 * published output folder alone; while its first build runs, {@code /} says the site is being built instead of
 * answering 404. Runs the real command in a second JVM.
 */
class PreviewFolderTest {
    @TempDir
    Path dir;

    @Test
    void servesFromTheCacheFolderAndNeverTouchesThePublishedSite() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("terbit.txt"), "---\ntitle: Jembatan Baru Diresmikan\ndate:"
                + " 2024-11-20T09:00:00+07:00\n---\nPALU - Jembatan baru diresmikan gubernur pada Rabu pagi.\n");
        Path published = dir.resolve("site-out");
        Files.createDirectories(published);
        Files.writeString(published.resolve("index.html"), "<p>situs yang sudah terbit</p>\n");
        Files.writeString(published.resolve("feed.xml"), "<rss/>\n");
        Map<String, String> before = snapshot(published);
        Files.writeString(content.resolve("draf.txt"), "---\ntitle: Draf Belum Terbit\ndraft: true\ndate:"
                + " 2024-11-21T09:00:00+07:00\n---\nPALU - Draf ini belum boleh terbit.\n");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "id.warta.cli.Main",
                "serve", "--port", "0", "--content", content.toString(), "--templates",
                Path.of("templates").toAbsolutePath().toString(), "--cache-dir", dir.resolve("cache").toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                    StandardCharsets.UTF_8));
            String line;
            List<String> printed = new ArrayList<>();
            while ((line = out.readLine()) != null && !line.startsWith("Serving")) {
                printed.add(line);
            }
            assertTrue(line != null, "serve stopped: " + printed);
            URI home = URI.create(line.replaceFirst(".* at (http://\\S+/) .*", "$1"));
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(home).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Draf Belum Terbit"), "the preview shows drafts");
        } finally {
            serve.destroy();
            serve.waitFor(20, TimeUnit.SECONDS);
        }
        assertEquals(before, snapshot(published), "the published folder is as it was");
        assertTrue(Files.isRegularFile(dir.resolve("cache/preview/index.html")));
    }

    @Test
    void saysTheSiteIsBeingBuiltBeforeTheFirstBuildEnds() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("preview"));
        try (PreviewServer server = PreviewServer.start(empty, new java.net.InetSocketAddress(
                java.net.InetAddress.getLoopbackAddress(), 0))) {
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertNotEquals(404, page.statusCode());
            assertEquals(503, page.statusCode());
            assertTrue(page.body().contains("<p>Situs sedang dibangun\u2026 Halaman ini dimuat ulang sendiri setelah"
                    + " selesai.</p>"), page.body());
            assertTrue(page.body().contains("http-equiv=\"refresh\""), page.body());
        }
    }

    private static Map<String, String> snapshot(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }
}
