package id.warta.quality;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's chromium driven by Debian's chromedriver, both by explicit path so Selenium Manager never downloads
 * anything, headless, with every request but loopback sent to a dead proxy: the site must not need the network.
 */
public final class HeadlessChromium {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final String HOW_TO_ENABLE =
            "install chromium and chromium-driver (apt-get install -y chromium chromium-driver) to run browser tests";

    private static final ObjectMapper JSON = new ObjectMapper();

    private HeadlessChromium() {
    }

    /**
     * Skips the calling test, with a message saying how to enable it, when Chromium is not installed. The message is
     * also printed on the console: Maven shows a skipped test only as a count, so otherwise nobody reads why.
     */
    public static void assumeInstalled() {
        assumeTrue(installed(BROWSER, DRIVER, System.err), HOW_TO_ENABLE);
    }

    /** Whether both programs can run; when one cannot, says which on {@code console} and how to get it. */
    static boolean installed(Path browser, Path driver, PrintStream console) {
        for (Path program : List.of(browser, driver)) {
            if (!Files.isExecutable(program)) {
                console.println(skipped(program + " is missing; browser tests skipped: " + HOW_TO_ENABLE));
                return false;
            }
        }
        return true;
    }

    /** Skips the calling test unless {@code condition} holds, saying why on the console as well as in the report. */
    public static void assumeOrSay(boolean condition, String why) {
        if (!condition) {
            System.err.println(skipped(why));
        }
        assumeTrue(condition, why);
    }

    private static String skipped(String why) {
        return "[SKIPPED] " + why;
    }

    public static ChromeDriver start(Path profile) {
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--disable-extensions", "--hide-scrollbars",
                "--proxy-server=127.0.0.1:9",
                "--allow-file-access-from-files", "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Console messages at error level since the last call. */
    static List<String> consoleErrors(ChromeDriver driver) {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /**
     * Requests that failed, or that left the local site, since the last call: read from the DevTools network events
     * chromedriver records in its performance log.
     */
    static List<String> failedRequests(ChromeDriver driver, String allowedPrefix) throws JsonProcessingException {
        List<String> failures = new ArrayList<>();
        Map<String, String> urlByRequest = new HashMap<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode event = JSON.readTree(entry.getMessage()).path("message");
            JsonNode params = event.path("params");
            String requestId = params.path("requestId").asText();
            switch (event.path("method").asText()) {
                case "Network.requestWillBeSent" -> {
                    String url = params.path("request").path("url").asText();
                    urlByRequest.put(requestId, url);
                    if (!url.startsWith(allowedPrefix) && !url.startsWith("data:")) {
                        failures.add("request outside the site: " + url);
                    }
                }
                case "Network.loadingFailed" -> failures.add("request failed (" + params.path("errorText").asText()
                        + "): " + urlByRequest.getOrDefault(requestId, requestId));
                case "Network.responseReceived" -> {
                    int status = params.path("response").path("status").asInt(0);
                    if (status >= 400) {
                        failures.add("HTTP " + status + ": " + params.path("response").path("url").asText());
                    }
                }
                default -> {
                    // other DevTools events say nothing about failures
                }
            }
        }
        return failures;
    }
}
