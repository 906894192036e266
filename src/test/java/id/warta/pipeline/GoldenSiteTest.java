package id.warta.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole site built from a small fixture with the real templates, compared byte for byte with the expected
 * output under {@code src/test/resources/golden/expected}. After an intended change, regenerate it with
 * {@code mvn test -Dtest=GoldenSiteTest -Dwarta.updateGolden=true} and review the diff.
 */
class GoldenSiteTest {
    private static final Path FIXTURE = Path.of("src/test/resources/golden");

    @TempDir
    Path dir;

    @Test
    void theFixtureSiteMatchesTheGoldenOutput() throws IOException {
        Path output = dir.resolve("site-out");
        SiteRun run = SiteRun.warta("build", "--content", FIXTURE.resolve("content").toString(),
                "--templates", "templates", "--output", output.toString(), "--cache-dir",
                dir.resolve("cache").toString());
        assertEquals(0, run.exitCode(), run.err());
        Files.deleteIfExists(output.resolve(id.warta.output.SiteWriter.MARKER));
        Files.deleteIfExists(output.resolve(id.warta.output.SiteWriter.LOCK));
        // The theme's files are copied as they are; the golden output pins what Warta makes, not the theme's source.
        deleteTree(output.resolve("assets"));

        Path expected = FIXTURE.resolve("expected");
        if (Boolean.getBoolean("warta.updateGolden")) {
            deleteTree(expected);
            SiteRun.copyTree(output, expected);
        }
        Map<String, String> actual = SiteRun.snapshot(output);
        Map<String, String> golden = SiteRun.snapshot(expected);
        assertEquals(golden.keySet(), actual.keySet(), "the set of files differs");
        for (String path : golden.keySet()) {
            assertEquals(golden.get(path), actual.get(path), path + " differs from the golden output");
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var walk = Files.walk(root)) {
                for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
