package id.warta.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.cli.Warta;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 404 page answers for any missing path, however deep: it keeps the theme's look and its links lead somewhere,
 * through the preview server and as the file a host serves.
 */
class NotFoundAtDepthTest {
    private static final String DEEP = "/tag/bencana/tidak-ada/lebih-dalam";

    @TempDir
    Path temp;

    private Path build(String... extra) {
        Path output = temp.resolve("site-out");
        List<String> args = new ArrayList<>(List.of("build", "--content", "src/test/resources/golden/content",
                "--templates", "templates", "--output", output.toString(), "--now", "2024-11-22", "--no-cache",
                "--quiet"));
        args.addAll(List.of(extra));
        StringWriter err = new StringWriter();
        int code = Warta.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                args.toArray(String[]::new));
        assertEquals(0, code, err.toString());
        return output;
    }

    @Test
    void throughThePreviewServerADeepMissKeepsItsStyleAndLinksThatResolve() throws IOException {
        Path site = build();
        try (PreviewServer server = PreviewServer.start(site,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            int port = server.uri().getPort();
            RawHttp.Response missing = RawHttp.request(port, "GET", DEEP);

            assertEquals(404, missing.status());
            Document page = Jsoup.parse(missing.body(), "http://127.0.0.1:" + port + DEEP);
            assertTrue(page.selectFirst("head style").data().contains(".not-found h1"), "the theme's style is inline");
            assertNull(page.selectFirst("link[rel=stylesheet]"), "no stylesheet link that would miss at this depth");
            List<String> links = page.select("a[href]").eachAttr("abs:href");
            assertFalse(links.isEmpty());
            for (String link : links) {
                String path = URI.create(link).getPath();
                assertEquals(200, RawHttp.request(port, "GET", path).status(), link + " from " + DEEP);
            }
        }
        assertFalse(Files.readString(site.resolve("404.html")).contains("<base"), "the file on disk has no base");
    }

    @Test
    void withABaseUrlTheBuiltPageLinksAbsolutelyToItsStylesheetAndPages() throws IOException {
        Path site = build("--base-url", "https://kabarbekasi.id/");
        Document page = Jsoup.parse(Files.readString(site.resolve("404.html")));

        assertEquals("https://kabarbekasi.id/assets/style.css", page.selectFirst("link[rel=stylesheet]").attr("href"));
        assertNull(page.selectFirst("style"), "the stylesheet is linked, not copied in");
        for (String link : page.select("a[href]:not([href^=#])").eachAttr("href")) {
            assertTrue(link.startsWith("https://kabarbekasi.id/"), link);
        }
    }

    @Test
    void withoutABaseUrlTheBuiltPageIsSelfContainedWithLinksFromTheRoot() throws IOException {
        Path site = build();
        Document page = Jsoup.parse(Files.readString(site.resolve("404.html")));

        assertTrue(page.selectFirst("head style").data().contains("--sans:"), "the theme's variables are inline");
        assertTrue(page.select("link[href], script[src]").isEmpty(), "nothing the page needs lives elsewhere");
        for (String link : page.select("a[href]").eachAttr("href")) {
            String file = link.replaceAll("#.*", "");
            assertTrue(file.isEmpty() || Files.isRegularFile(site.resolve(file)), link);
        }
    }

    @Test
    void theRootBaseGoesFirstInTheHeadAndOnlyOnce() {
        byte[] once = SiteHandler.withRootBase("<!DOCTYPE html><html><head><title>x</title></head></html>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String text = new String(once, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("<!DOCTYPE html><html><head>\n<base href=\"/\"><title>x</title></head></html>", text);
        assertEquals(text, new String(SiteHandler.withRootBase(once), java.nio.charset.StandardCharsets.UTF_8));
    }
}
