package id.warta.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.content.ContentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every saved page under {@code src/test/resources/html} (see its README) extracts to its {@code .expected} dump.
 * After an intended change, regenerate with {@code mvn test -Dtest=HtmlFixturesTest -Dwarta.updateFixtures=true}
 * and review the diff.
 */
class HtmlFixturesTest {
    static final Path FIXTURES = Path.of("src/test/resources/html");

    static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void eachSavedPageExtractsToItsExpectedDump(Path page) throws IOException, ContentException {
        String actual = SourceDump.render(HtmlSource.read(page.getFileName().toString(), Files.readAllBytes(page)));
        Path expected = Path.of(page.toString().replaceAll("\\.html$", ".expected"));
        if (Boolean.getBoolean("warta.updateFixtures")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(expected), expected + " is missing; write it or run with -Dwarta.updateFixtures=true");
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual);
    }

    @org.junit.jupiter.api.Test
    void theFixturesCoverEightOutletShapes() throws IOException {
        assertTrue(pages().size() >= 8, "expected at least 8 saved-page fixtures, found " + pages());
    }
}
