package id.warta.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A machine without Chromium skips the browser tests and says so where people look: the console. */
class HeadlessChromiumTest {

    @Test
    void aMissingDriverIsNamedOnTheConsoleWithHowToInstallIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream console = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Path shell = Path.of("/bin/sh");
        Path driver = Path.of("tidak-ada", "chromedriver");

        boolean installed = HeadlessChromium.installed(shell, driver, console);

        assertFalse(installed);
        assertEquals("[SKIPPED] " + driver + " is missing; browser tests skipped: install chromium and"
                + " chromium-driver (apt-get install -y chromium chromium-driver) to run browser tests"
                + System.lineSeparator(), bytes.toString(StandardCharsets.UTF_8));
    }
}
