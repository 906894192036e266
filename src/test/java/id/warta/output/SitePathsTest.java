package id.warta.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SitePathsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "a/../../b", "/etc/passwd", "C:\\Windows\\x", "C:/x", "a\\..\\b",
        "..", ".", "", "a//b", "a/./b", "a/", "nul\0byte", "line\nbreak", "\\\\server\\share\\x"})
    void refusesPathsThatAreNotPlainRelative(String hostile) {
        Path output = dir.resolve("out");
        assertThrows(OutputException.class, () -> SitePaths.resolveInside(output, hostile));
    }

    @Test
    void acceptsPlainNestedPaths() throws OutputException {
        Path output = dir.resolve("out");
        assertEquals(output.resolve("berita/a/index.html"), SitePaths.resolveInside(output, "berita/a/index.html"));
    }

    @Test
    void refusesToWriteThroughASymbolicLinkInsideTheOutput() throws Exception {
        Path output = Files.createDirectories(dir.resolve("out"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(output.resolve("berita"), elsewhere);
        OutputException e = assertThrows(OutputException.class,
                () -> SitePaths.resolveInside(output, "berita/a/index.html"));
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
    }

    @Test
    void keepsWartasOwnNamesFromPages() {
        Path output = dir.resolve("out");
        assertThrows(OutputException.class, () -> SitePaths.resolveSiteFile(output, ".warta-site"));
        assertThrows(OutputException.class, () -> SitePaths.resolveSiteFile(output, ".warta-journal"));
    }
}
