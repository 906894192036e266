package id.warta.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.serve.PreviewServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The built fixture site in a real headless Chromium from {@code file://}: a reader's walk from the index to an
 * article, on to a read-also article and back, without console errors or failed requests; the layout at phone and
 * desktop widths; screenshots in target/screenshots/.
 */
class BrowserTest {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;
    static BuiltSite site;
    static ChromeDriver driver;
    static List<String> titles;

    @BeforeAll
    static void startBrowser() {
        HeadlessChromium.assumeInstalled();
        site = BuiltSite.build("fixture", BuiltSite.FIXTURE_CONTENT, dir.resolve("fixture"), null);
        titles = FixtureTitles.of(site.content());
        driver = HeadlessChromium.start(dir.resolve("profile"));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void resetViewport() throws Exception {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        drainLogs();
    }

    @Test
    void readerWalksFromIndexToAnArticleAndBackWithoutErrors() throws Exception {
        open("index.html");
        assertClean("index");
        WebElement teaser = firstArticleLink();
        String title = teaser.getText();
        teaser.click();
        assertEquals(title, driver.findElement(By.tagName("h1")).getText(), "the teaser opens its article");
        assertClean("article " + title);
        driver.navigate().back();
        assertTrue(driver.getCurrentUrl().endsWith("/index.html"), driver.getCurrentUrl());
        assertEquals(title, firstArticleLink().getText(), "back on the index");
        assertClean("back on the index");
    }

    @Test
    void readAlsoLinkOpensTheArticleItNamesAndBackReturns() throws Exception {
        open("index.html");
        firstArticleLink().click();
        String from = driver.findElement(By.tagName("h1")).getText();
        List<WebElement> readAlso = driver.findElements(By.cssSelector("main article a")).stream()
                .filter(a -> titles.contains(a.getText()) && !a.getText().equals(from)).toList();
        assertFalse(readAlso.isEmpty(), "no read-also link on \"" + from + "\"");
        String target = readAlso.get(0).getText();
        readAlso.get(0).click();
        assertEquals(target, driver.findElement(By.tagName("h1")).getText(), "the read-also link opens its article");
        assertClean("read-also article " + target);
        driver.navigate().back();
        assertEquals(from, driver.findElement(By.tagName("h1")).getText(), "back on the first article");
        assertClean("back on " + from);
    }

    @Test
    void pagesFitPhoneAndDesktopWidthsWithoutHorizontalScroll() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        List<String> problems = new ArrayList<>();
        for (String page : pagesToLookAt()) {
            for (int[] size : new int[][] {{390, 844}, {1280, 900}}) {
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size[0],
                        "height", size[1], "deviceScaleFactor", 1, "mobile", size[0] < 600));
                open(page);
                long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth;");
                long innerWidth = (Long) driver.executeScript("return window.innerWidth;");
                if (scrollWidth > innerWidth) {
                    problems.add(page + " at " + size[0] + "px scrolls sideways: " + scrollWidth + " > " + innerWidth);
                }
                Path shot = SCREENSHOTS.resolve("fixture-" + page.replace("/index.html", "").replace(".html", "")
                        .replace('/', '-') + "-" + size[0] + ".png");
                Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
                assertClean(page + " at " + size[0] + "px");
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void axeCoreFindsNoWcagAaViolationsInLightAndDarkMode() throws Exception {
        Path axe = Path.of("target", "npm", "node_modules", "axe-core", "axe.min.js");
        HeadlessChromium.assumeOrSay(Files.isRegularFile(axe), "axe-core is not installed; run `npm install --prefix target/npm"
                + " axe-core@4.14.1` (.ci/run does) to check contrast and WCAG A/AA rules in Chromium");
        String axeSource = Files.readString(axe);
        List<String> problems = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            for (String page : pagesToLookAt()) {
                open(page);
                for (String violation : AxeRun.violations(driver, axeSource)) {
                    problems.add(scheme + " " + page + ": " + violation);
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void browserChecksCatchConsoleErrorsMissingFilesAndOutsideRequests(@TempDir Path tmp) throws Exception {
        Path page = tmp.resolve("rusak.html");
        Files.writeString(page, """
                <!DOCTYPE html><html lang="id"><head><title>Rusak</title>
                <link rel="stylesheet" href="hilang.css"></head>
                <body><img src="hilang.png" alt="foto"><img src="https://cdn.example.com/foto.png" alt="foto">
                <script>console.error('galat uji');</script></body></html>
                """);
        driver.get(page.toUri().toString());
        String problems = String.join("\n", pageProblems());
        assertTrue(problems.contains("galat uji"), problems);
        assertTrue(problems.contains("image not loaded: " + page.resolveSibling("hilang.png").toUri()), problems);
        assertTrue(problems.contains("(net::ERR_FILE_NOT_FOUND): " + page.resolveSibling("hilang.css").toUri()),
                problems);
        assertTrue(problems.contains("request outside the site: https://cdn.example.com/foto.png"), problems);
    }

    /** The same walk through {@code warta serve}'s server: pages over HTTP, the live-reload script included. */
    @Test
    void previewServerServesTheSameWalk() throws Exception {
        try (PreviewServer server = PreviewServer.start(site.root(), new InetSocketAddress("127.0.0.1", 0))) {
            String base = server.uri().toString();
            driver.get(base);
            List<String> problems = new ArrayList<>(HeadlessChromium.consoleErrors(driver));
            problems.addAll(HeadlessChromium.failedRequests(driver, base));
            assertTrue(problems.isEmpty(), () -> "index over HTTP:\n" + String.join("\n", problems));
            WebElement teaser = firstArticleLink();
            String title = teaser.getText();
            teaser.click();
            assertEquals(title, driver.findElement(By.tagName("h1")).getText(), "the teaser opens its article");
            assertTrue(driver.getCurrentUrl().startsWith(base), driver.getCurrentUrl());
            Boolean reloadScript = (Boolean) driver.executeScript(
                    "return !!document.querySelector('script[src=\"/__warta/reload.js\"]');");
            assertTrue(reloadScript, "serve mode injects the live-reload script");
            driver.navigate().back();
            assertEquals(title, firstArticleLink().getText(), "back on the index");
            List<String> after = new ArrayList<>(HeadlessChromium.consoleErrors(driver));
            after.addAll(HeadlessChromium.failedRequests(driver, base));
            assertTrue(after.isEmpty(), () -> "walk over HTTP:\n" + String.join("\n", after));
            // Leave the page before the server stops, or its reload stream retries and the next test sees that.
            driver.get("about:blank");
        }
    }

    /** The index, the newest article, a section, an author, a standalone page, the search page and the 404 page:
     * one of each kind. */
    private List<String> pagesToLookAt() {
        open("index.html");
        String article = site.relative(site.fileFor(firstArticleLink().getDomAttribute("href"),
                site.root().resolve("index.html")));
        return List.of("index.html", article, "rubrik/nasional/index.html", "penulis/rina-wulandari/index.html",
                "halaman/pedoman-media-siber/index.html", "cari/index.html", "404.html");
    }

    private WebElement firstArticleLink() {
        return driver.findElements(By.cssSelector("main a")).stream()
                .filter(a -> titles.contains(a.getText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the index links to no fixture article"));
    }

    private void open(String page) {
        driver.get(site.root().resolve(page).toUri().toString());
    }

    /** No console errors, failed or outside requests, or unloaded images since the last check. */
    private void assertClean(String step) throws Exception {
        List<String> problems = pageProblems();
        assertTrue(problems.isEmpty(), () -> step + ":\n" + String.join("\n", problems));
    }

    private List<String> pageProblems() throws Exception {
        List<String> problems = new ArrayList<>(HeadlessChromium.consoleErrors(driver));
        problems.addAll(HeadlessChromium.failedRequests(driver, "file://"));
        // A missing stylesheet shows up as a failed request above; images are also checked as the reader sees them.
        Object broken = driver.executeScript("""
                return Array.from(document.images).filter(i => !i.complete || i.naturalWidth === 0)
                    .map(i => 'image not loaded: ' + i.src);
                """);
        for (Object item : (List<?>) broken) {
            problems.add(String.valueOf(item));
        }
        return problems;
    }

    private void drainLogs() throws Exception {
        HeadlessChromium.consoleErrors(driver);
        HeadlessChromium.failedRequests(driver, "");
    }
}
