package id.warta.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PreviewServerTest {
    private static final String SECRET = "rahasia-di-luar-situs";

    @TempDir
    Path temp;
    private Path site;
    private PreviewServer server;

    @BeforeEach
    void serveSmallSite() throws IOException {
        site = Files.createDirectories(temp.resolve("site-out"));
        write("index.html", "<!DOCTYPE html><html><body><p>Beranda</p></body></html>");
        write("berita/index.html", "<html><body><p>Berita</p></body></html>");
        write("404.html", "<html><body><p>Tidak ditemukan</p></BODY></html>");
        write("assets/style.css", "body{}");
        write("assets/app.js", "1;");
        write("feed.xml", "<rss/>");
        write("data.json", "{}");
        write("robots.txt", "User-agent: *");
        write("logo.svg", "<svg/>");
        write("foto.png", "png");
        write("foto.jpg", "jpg");
        write("foto.webp", "webp");
        write(".warta-site", "index.html");
        Files.writeString(temp.resolve("outside.txt"), SECRET);
        Path secrets = Files.createDirectories(temp.resolve("secrets"));
        Files.writeString(secrets.resolve("index.html"), SECRET);
        Files.writeString(secrets.resolve("secret.txt"), SECRET);
        Files.createSymbolicLink(site.resolve("leak.txt"), temp.resolve("outside.txt"));
        Files.createSymbolicLink(site.resolve("link-out"), secrets);
        server = PreviewServer.start(site, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void write(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private int port() {
        return server.uri().getPort();
    }

    @ParameterizedTest
    @CsvSource({
        "/, text/html; charset=utf-8",
        "/assets/style.css, text/css; charset=utf-8",
        "/assets/app.js, text/javascript; charset=utf-8",
        "/feed.xml, application/xml; charset=utf-8",
        "/data.json, application/json; charset=utf-8",
        "/robots.txt, text/plain; charset=utf-8",
        "/logo.svg, image/svg+xml; charset=utf-8",
        "/foto.png, image/png",
        "/foto.jpg, image/jpeg",
        "/foto.webp, image/webp"})
    void servesEachKindWithItsContentTypeAndNoSniffing(String path, String type) throws IOException {
        RawHttp.Response response = RawHttp.request(port(), "GET", path);
        assertEquals(200, response.status());
        assertTrue(header(response, "content-type").equals(type), response.head());
        assertEquals("nosniff", header(response, "x-content-type-options"));
        assertEquals("no-store", header(response, "cache-control"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../outside.txt",
        "/berita/../../outside.txt",
        "/%2e%2e/outside.txt",
        "/%2E%2E%2Foutside.txt",
        "/berita/..%2f..%2foutside.txt",
        "/%252e%252e/outside.txt",
        "/..%5coutside.txt",
        "/%5c..%5coutside.txt",
        "/leak.txt",
        "/link-out/",
        "/link-out/secret.txt",
        "/link-out/index.html",
        "/.warta-site",
        "/index.html%00.txt",
        "/C:/outside.txt"})
    void answersTraversalAttemptsWithNotFound(String target) throws IOException {
        RawHttp.Response response = RawHttp.request(port(), "GET", target);
        assertEquals(404, response.status(), target);
        assertFalse(response.body().contains(SECRET), target);
        assertTrue(response.body().contains("Tidak ditemukan"), "the site's 404 page is served");
    }

    @Test
    void servesAFolderAsItsIndexAndAddsTheMissingSlash() throws IOException {
        RawHttp.Response withSlash = RawHttp.request(port(), "GET", "/berita/");
        assertEquals(200, withSlash.status());
        assertTrue(withSlash.body().contains("Berita"));

        RawHttp.Response withoutSlash = RawHttp.request(port(), "GET", "/berita");
        assertEquals(301, withoutSlash.status());
        assertEquals("/berita/", header(withoutSlash, "location"));
    }

    @Test
    void injectsTheReloadScriptIntoServedPagesButNotIntoTheFilesOnDisk() throws IOException {
        RawHttp.Response page = RawHttp.request(port(), "GET", "/");
        assertTrue(page.body().contains(LiveReloadScript.TAG + "\n</body>"), page.body());
        assertFalse(Files.readString(site.resolve("index.html")).contains("__warta"));

        RawHttp.Response missing = RawHttp.request(port(), "GET", "/tidak-ada/");
        assertEquals(404, missing.status());
        assertTrue(missing.body().contains(LiveReloadScript.TAG), "the 404 page reloads too");

        RawHttp.Response css = RawHttp.request(port(), "GET", "/assets/style.css");
        assertFalse(css.body().contains("__warta"));
    }

    @Test
    void servesTheReloadScriptThatBuildsItsOverlayWithTextContentOnly() throws IOException {
        RawHttp.Response script = RawHttp.request(port(), "GET", LiveReloadScript.SCRIPT_PATH);
        assertEquals(200, script.status());
        assertTrue(script.body().contains("EventSource"));
        assertTrue(script.body().contains("textContent"));
        assertFalse(script.body().contains("innerHTML"));
    }

    @Test
    void answersHeadWithTheLengthAndNoBody() throws IOException {
        RawHttp.Response head = RawHttp.request(port(), "HEAD", "/assets/style.css");
        assertEquals(200, head.status());
        assertEquals("6", header(head, "content-length"));
        assertEquals("", head.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "OPTIONS"})
    void refusesMethodsOtherThanGetAndHead(String method) throws IOException {
        RawHttp.Response response = RawHttp.request(port(), method, "/");
        assertEquals(405, response.status());
        assertEquals("GET, HEAD", header(response, "allow"));
    }

    @Test
    void servesTwoHundredConcurrentRequestsFromALocalLoadTest() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(32);
        HttpClient http = HttpClient.newBuilder().executor(clients).connectTimeout(Duration.ofSeconds(10)).build();
        try {
            List<CompletableFuture<Integer>> responses = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String path = i % 2 == 0 ? "" : "assets/style.css";
                HttpRequest request = HttpRequest.newBuilder(server.uri().resolve(path))
                        .timeout(Duration.ofSeconds(30)).build();
                responses.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                        .thenApply(HttpResponse::statusCode));
            }
            CompletableFuture.allOf(responses.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            long ok = responses.stream().filter(r -> r.join() == 200).count();
            assertEquals(200, ok);
            assertEquals(200, RawHttp.request(port(), "GET", "/").status(), "still serving afterwards");
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void bindsOnlyWhereItIsTold() {
        URI uri = server.uri();
        assertEquals("127.0.0.1", uri.getHost());
        assertTrue(uri.toString().endsWith("/"));
    }

    private static String header(RawHttp.Response response, String name) {
        for (String line : response.head().split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).toLowerCase(Locale.ROOT).equals(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
