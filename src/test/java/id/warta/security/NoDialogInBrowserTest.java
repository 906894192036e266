package id.warta.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.warta.quality.HeadlessChromium;
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
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The hostile site opened in a real browser: no page may open a dialog or call one, whatever the vectors in its
 * text. Complements the markup checks, which judge the files; this judges what a browser actually runs.
 */
class NoDialogInBrowserTest {
    /** Runs before any page script: records every dialog call instead of letting it block the browser. */
    private static final String TRAP = "window.__dialogs = [];"
            + "['alert','confirm','prompt','print'].forEach(function (n) {"
            + "  window[n] = function () { window.__dialogs.push(n + ':' + Array.from(arguments).join(' ')); };"
            + "});";

    @TempDir
    static Path dir;
    static ChromeDriver driver;
    static Path output;

    @BeforeAll
    static void buildHostileSiteAndStartBrowser() throws Exception {
        HeadlessChromium.assumeInstalled();
        SiteFixture site = new SiteFixture(dir.resolve("site"));
        List<String> vectors = HostileArticles.vectors();
        for (int i = 0; i < vectors.size(); i++) {
            site.write(i + ".txt", HostileArticles.file(i, vectors.get(i),
                    "https://cdn.example.id/foto.jpg?q=" + vectors.get(i).replaceAll("\\s", "")));
        }
        SiteFixture.Run run = site.build();
        assertEquals(0, run.exitCode(), run.err());
        output = site.output;
        driver = HeadlessChromium.start(dir.resolve("profile"));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRAP));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void noPageOfTheHostileSiteOpensOrCallsADialog() throws Exception {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(output)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        List<String> dialogs = new ArrayList<>();
        for (Path page : pages) {
            driver.get(page.toUri().toString());
            try {
                dialogs.add(output.relativize(page) + " opened a dialog: " + driver.switchTo().alert().getText());
                driver.switchTo().alert().dismiss();
            } catch (NoAlertPresentException expected) {
                // the normal case
            }
            Object called = driver.executeScript("return (window.__dialogs || []).join(' | ');");
            if (called != null && !called.toString().isEmpty()) {
                dialogs.add(output.relativize(page) + " called " + called);
            }
        }
        assertEquals(List.of(), dialogs, "checked " + pages.size() + " pages");
    }
}
