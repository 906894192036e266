package id.warta.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.serve.PreviewServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a new user's trial tripped over, checked in Chromium at phone and desktop width with screenshots in
 * target/screenshots/: a broken remote picture leaves no empty box, the 404 page keeps its look and links at any
 * depth, listing breadcrumbs start where the heading starts.
 */
class TrialLayoutBrowserTest {
    private static final int[][] SIZES = {{390, 844}, {1280, 900}};
    /** Served by nobody: the browser's requests outside loopback go to a dead proxy. */
    private static final String GONE_PICTURE = "https://foto.example.com/2024/11/rob-surabaya.jpg";

    @TempDir
    static Path dir;
    static BuiltSite site;
    static ChromeDriver driver;

    @BeforeAll
    static void buildAndStart() throws IOException {
        HeadlessChromium.assumeInstalled();
        Path content = Files.createDirectories(dir.resolve("content"));
        try (Stream<Path> golden = Files.list(Path.of("src/test/resources/golden/content"))) {
            for (Path file : golden.toList()) {
                Files.copy(file, content.resolve(file.getFileName()));
            }
        }
        Files.writeString(content.resolve("rob-surabaya.txt"), """
                ---
                title: Banjir Rob Rendam Pesisir Utara Surabaya
                date: 2024-11-22 07:00
                tags: [bencana]
                image: %s
                image_caption: Warga melintasi genangan rob di Kenjeran.
                ---
                TRIBUNNEWS.COM, SURABAYA - Banjir rob merendam permukiman di pesisir utara Surabaya, Jumat pagi.
                Petugas BPBD mencatat genangan setinggi 40 sentimeter di Kenjeran.
                """.formatted(GONE_PICTURE));
        site = BuiltSite.build("trial", content, dir.resolve("site-out"), null);
        driver = HeadlessChromium.start(dir.resolve("profile"));
        Files.createDirectories(BrowserTest.SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static void size(int[] size) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size[0], "height", size[1],
                "deviceScaleFactor", 1, "mobile", size[0] < 600));
    }

    private static void shoot(String name, int[] size) throws IOException {
        Files.write(BrowserTest.SCREENSHOTS.resolve("trial-" + name + "-" + size[0] + ".png"),
                driver.getScreenshotAs(OutputType.BYTES));
    }

    private static long count(String selector) throws InterruptedException {
        // The failed picture is removed once its error event fires; give the page a moment to get there.
        long found = 0;
        for (int i = 0; i < 50; i++) {
            found = (Long) driver.executeScript("return document.querySelectorAll(arguments[0]).length;", selector);
            if (found == 0) {
                return 0;
            }
            Thread.sleep(100);
        }
        return found;
    }

    @Test
    void aPictureThatFailsToLoadLeavesNoEmptyBox() throws Exception {
        for (int[] size : SIZES) {
            size(size);
            driver.get(site.root().resolve("index.html").toUri().toString());
            assertEquals(0, count(".teaser-image"), "the broken teaser picture is removed");
            assertEquals(0, count(".teaser.has-image"), "its teaser falls back to the text-only layout");
            shoot("index-broken-picture", size);
            driver.get(site.root().resolve("banjir-rob-rendam-pesisir-utara-surabaya/index.html").toUri().toString());
            assertEquals(0, count("figure.lead-image"), "the article loses the broken lead picture and its caption");
            assertEquals("TRIBUNNEWS.COM, SURABAYA -",
                    driver.findElement(By.cssSelector("p.lede .dateline")).getText());
            shoot("article-broken-picture", size);
        }
    }

    @Test
    void theNotFoundPageAtDepthKeepsTheThemesLookAndItsLinksLeadHome() throws Exception {
        try (PreviewServer server = PreviewServer.start(site.root(), new InetSocketAddress("127.0.0.1", 0))) {
            String base = server.uri().toString();
            for (int[] size : SIZES) {
                size(size);
                driver.get(base + "tag/banjir/nope/deep");
                String font = (String) driver.executeScript(
                        "return getComputedStyle(document.querySelector('h1')).fontFamily;");
                assertTrue(font.startsWith("system-ui"), "the 404 heading uses the theme's sans: " + font);
                String header = (String) driver.executeScript(
                        "return getComputedStyle(document.querySelector('.site-header')).borderTopStyle;");
                assertEquals("solid", header, "the masthead is styled");
                shoot("404-deep", size);
                driver.findElement(By.linkText("Kembali ke beranda")).click();
                assertEquals("Berita Terbaru", driver.findElement(By.cssSelector("h2.list-heading"))
                        .getDomProperty("textContent"), "the link leads to the home page's listing");
                assertEquals(base + "index.html", driver.getCurrentUrl());
            }
            driver.get("about:blank");
        }
    }

    @Test
    void onDesktopTheBreadcrumbStartsWhereTheHeadingStarts() throws Exception {
        List<String> problems = new ArrayList<>();
        for (int[] size : SIZES) {
            size(size);
            for (String[] page : new String[][] {{"tag/bencana/index.html", "h1"}, {"arsip/2024/11/index.html", "h1"},
                    {"banjir-rendam-ribuan-rumah-di-bekasi/index.html", "article.article"}}) {
                driver.get(site.root().resolve(page[0]).toUri().toString());
                Number crumbs = (Number) driver.executeScript(
                        "return document.querySelector('.breadcrumbs').getBoundingClientRect().left;");
                Number heading = (Number) driver.executeScript(
                        "return document.querySelector(arguments[0]).getBoundingClientRect().left;", page[1]);
                if (Math.abs(crumbs.doubleValue() - heading.doubleValue()) > 0.5) {
                    problems.add(page[0] + " at " + size[0] + "px: breadcrumbs at " + crumbs + ", " + page[1]
                            + " at " + heading);
                }
                shoot(page[0].replace("/index.html", "").replace('/', '-'), size);
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }
}
