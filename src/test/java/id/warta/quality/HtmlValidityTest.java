package id.warta.quality;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every page of the seed and fixture sites passes the W3C Nu Html Checker with zero errors. */
class HtmlValidityTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("id.warta.quality.BuiltSite#shared")
    void everyPagePassesTheNuHtmlChecker(BuiltSite site) throws Exception {
        NuHtmlChecker checker = NuHtmlChecker.shared();
        List<String> errors = new ArrayList<>();
        List<Path> pages = site.htmlPages();
        assertFalse(pages.isEmpty(), site + " has no pages");
        for (Path page : pages) {
            NuHtmlChecker.Report report = checker.check(page, site.name() + "/" + site.relative(page));
            errors.addAll(report.errors());
            // Warnings do not fail the build but stay visible in the test output.
            report.warnings().forEach(w -> System.out.println("Nu warning: " + w));
        }
        assertTrue(errors.isEmpty(), () -> errors.size() + " Nu Html Checker error(s):\n" + String.join("\n", errors));
    }

    @Test
    void checkerReportsBrokenMarkupWithPageLineAndColumn(@TempDir Path tmp) throws Exception {
        Path broken = tmp.resolve("broken.html");
        Files.writeString(broken, "<!DOCTYPE html>\n<html lang=\"id\"><head><title>x</title></head>\n"
                + "<body><p><div>isi</p></body></html>\n");
        NuHtmlChecker.Report report = NuHtmlChecker.shared().check(broken, "broken.html");
        assertFalse(report.errors().isEmpty(), "a misnested document must not pass");
        assertTrue(report.errors().get(0).startsWith("broken.html:3:"), report.errors().get(0));
    }
}
