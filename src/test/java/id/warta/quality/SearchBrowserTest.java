package id.warta.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.warta.serve.PreviewServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in real Chromium, on a small site of articles written so that each query has one right answer
 * (src/test/resources/search/site): typed queries, Indonesian affixes, no results, a hostile query, the masthead's
 * box, filters, {@code file://} and the preview server, and axe-core.
 */
class SearchBrowserTest {
    static final Path CONTENT = Path.of("src/test/resources/search/site");
    static final String POMPA = "Pemkot Semarang Menambah Pompa Air di Kawasan Kaligawe";
    static final String BANJIR = "Banjir Rendam Tiga Desa di Kabupaten Bandung";
    /** Runs before any page script: records dialog calls instead of letting them block the browser. */
    private static final String TRAP = "window.__dialogs = [];"
            + "['alert','confirm','prompt'].forEach(function (n) {"
            + "  window[n] = function () { window.__dialogs.push(n); };"
            + "});";

    @TempDir
    static Path dir;
    static BuiltSite site;
    static ChromeDriver driver;

    @BeforeAll
    static void buildAndStart() {
        HeadlessChromium.assumeInstalled();
        site = BuiltSite.build("search", CONTENT, dir.resolve("search"), null);
        driver = HeadlessChromium.start(dir.resolve("profile"));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRAP));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void drain() throws Exception {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        HeadlessChromium.consoleErrors(driver);
        HeadlessChromium.failedRequests(driver, "");
    }

    @Test
    void typedQueryFindsTheRightArticleFirst() throws Exception {
        List<String> found = search("pompa air");
        assertEquals(POMPA, found.get(0));
        assertEquals("1 hasil untuk \u201cpompa air\u201d.", status(), "both words are only in one article");
        assertClean("pompa air");
    }

    @Test
    void affixedFormTheArchiveNeverUsesFindsItsRoot() throws Exception {
        // 01 says "menambah" and "Penambahan"; no article says "ditambahkan": the browser's stemmer finds "tambah",
        // the stem of "Penambahan" (Lucene stems "menambah" to "ambah", so that word is not marked).
        List<String> found = search("ditambahkan");
        assertEquals(List.of(POMPA), found);
        assertEquals(List.of("Penambahan"), texts(By.cssSelector("#cari-hasil mark")));
    }

    @Test
    void kebanjiranFindsTheArticleThatSaysBanjir() throws Exception {
        assertEquals(BANJIR, search("kebanjiran").get(0));
        assertEquals(List.of("Banjir"), texts(By.cssSelector("#cari-hasil mark")).subList(0, 1));
    }

    @Test
    void theWordStillBeingTypedMatchesAsAPrefix() throws Exception {
        assertEquals(POMPA, search("kaliga").get(0), "kaliga is a prefix of Kaligawe, in no article by itself");
    }

    @Test
    void aQueryNothingMatchesSaysSo() throws Exception {
        assertEquals(List.of(), search("kapal selam"));
        assertEquals("Tidak ada hasil untuk \u201ckapal selam\u201d.", status());
        assertClean("no results");
    }

    @Test
    void aHostileQueryStaysText() throws Exception {
        String hostile = "<img src=x onerror=alert(1)>";
        search(hostile);
        assertEquals("Tidak ada hasil untuk \u201c" + hostile + "\u201d.", status());
        assertEquals(0L, driver.executeScript("return document.querySelectorAll('main img').length;"));
        assertEquals("", driver.executeScript("return window.__dialogs.join(',');"));
    }

    @Test
    void theMastheadBoxOfAnyPageOpensTheResults() {
        driver.get(site.root().resolve("index.html").toUri().toString());
        WebElement box = driver.findElement(By.id("kotak-cari"));
        box.sendKeys("kopi gayo");
        box.submit();
        waitForStatus("kopi gayo");
        assertTrue(driver.getCurrentUrl().contains("/cari/index.html?q=kopi+gayo"), driver.getCurrentUrl());
        assertEquals("Harga Kopi Gayo di Tingkat Petani Naik Menjelang Panen Raya", headlines().get(0));
    }

    @Test
    void filtersNarrowTheResultsByYearAndTag() {
        List<String> all = search("uji coba");
        assertEquals(2, all.size(), "the school and the football articles: " + all);
        new Select(driver.findElement(By.id("cari-tahun"))).selectByValue("2023");
        assertEquals(2, waitForResults().size());
        new Select(driver.findElement(By.id("cari-topik"))).selectByValue("Timnas");
        List<String> narrowed = waitForCount(1);
        assertEquals(List.of("Timnas U-20 Menang Tipis atas Vietnam di Laga Uji Coba"), narrowed);
        assertTrue(driver.getCurrentUrl().contains("topik=Timnas"), "the filter is in the address: "
                + driver.getCurrentUrl());
    }

    @Test
    void thePreviewServerServesTheSameSearch() throws Exception {
        try (PreviewServer server = PreviewServer.start(site.root(), new InetSocketAddress("127.0.0.1", 0))) {
            String base = server.uri().toString();
            driver.get(base + "cari/index.html?q=penambahan");
            waitForStatus("penambahan");
            assertEquals(POMPA, headlines().get(0));
            List<String> problems = new ArrayList<>(HeadlessChromium.consoleErrors(driver));
            problems.addAll(HeadlessChromium.failedRequests(driver, base));
            assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
            driver.get("about:blank");
        }
    }

    @Test
    void axeCoreFindsNoViolationsOnTheResults() throws Exception {
        Path axe = Path.of("target", "npm", "node_modules", "axe-core", "axe.min.js");
        assumeTrue(Files.isRegularFile(axe), "axe-core is not installed; run `npm install --prefix target/npm"
                + " axe-core@4.14.1` (.ci/run does)");
        String axeSource = Files.readString(axe);
        List<String> problems = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            search("banjir");
            for (String violation : AxeRun.violations(driver, axeSource)) {
                problems.add(scheme + ": " + violation);
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    /**
     * The page's stemmer against Lucene's: every form the index of a 30-article site maps (Lucene's stems, written
     * by the build) stemmed again in the browser, for the forms no archive uses yet.
     */
    @Test
    void theBrowsersStemmerGivesLucenesStemForEveryFormOfTheArchive() throws Exception {
        BuiltSite fixture = BuiltSite.build("site-fixture", Path.of("src/test/resources/site-fixture/content"),
                dir.resolve("site-fixture"), null);
        Map<String, String> stems = new java.util.TreeMap<>();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (var shards = Files.newDirectoryStream(fixture.root().resolve("cari/indeks"), "k-*.js")) {
            for (Path shard : shards) {
                String script = Files.readString(shard);
                var data = json.readTree("[" + script.substring(script.indexOf('(') + 1, script.length() - 3) + "]")
                        .get(2);
                data.fields().forEachRemaining(e -> {
                    if (e.getValue().isArray()) {
                        String stem = e.getValue().get(0).asText();
                        stems.put(e.getKey(), stem.isEmpty() ? e.getKey() : stem);
                    }
                });
            }
        }
        assertTrue(stems.size() > 200, "forms: " + stems.size());
        driver.get(fixture.root().resolve("cari/index.html").toUri().toString());
        Object differ = driver.executeScript("""
                var forms = arguments[0], out = [];
                Object.keys(forms).forEach(function (f) {
                  var s = WartaSearch.stem(f);
                  if (s !== forms[f]) out.push(f + ' -> ' + s + ', Lucene ' + forms[f]);
                });
                return out;
                """, stems);
        assertEquals(List.of(), differ);
    }

    /** Opens the search page from file://, types the query into its box, and returns the headlines found. */
    private List<String> search(String query) {
        driver.get(site.root().resolve("cari/index.html").toUri().toString());
        WebElement box = driver.findElement(By.id("cari-q"));
        box.sendKeys(query);
        waitForStatus(query.trim());
        return headlines();
    }

    private void waitForStatus(String query) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> status().endsWith("\u201c" + query + "\u201d.")
                && (status().startsWith("Tidak") || !headlines().isEmpty()));
    }

    private List<String> waitForResults() {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !headlines().isEmpty());
        return headlines();
    }

    private List<String> waitForCount(int count) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> headlines().size() == count);
        return headlines();
    }

    private String status() {
        return driver.findElement(By.id("cari-status")).getText();
    }

    private List<String> headlines() {
        return texts(By.cssSelector("#cari-hasil h3 a"));
    }

    private List<String> texts(By by) {
        return driver.findElements(by).stream().map(WebElement::getText).toList();
    }

    private void assertClean(String step) throws Exception {
        List<String> problems = new ArrayList<>(HeadlessChromium.consoleErrors(driver));
        problems.addAll(HeadlessChromium.failedRequests(driver, "file://"));
        assertFalse(problems.stream().anyMatch(p -> !p.isEmpty()), () -> step + ":\n" + String.join("\n", problems));
    }
}
