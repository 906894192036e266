package id.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs {@code warta check} on each folder under src/test/resources/check and compares with its expected.txt. */
class CheckFixturesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/check");

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void printsExactlyTheExpectedProblemsForEachFixture(String name) throws IOException {
        Path fixture = FIXTURES.resolve(name);
        Cli result = Cli.run("check", "--content", fixture.resolve("content").toString());

        List<String> expected = Files.readAllLines(fixture.resolve("expected.txt"), StandardCharsets.UTF_8);
        List<String> actual = result.out().replace(fixture.toString().replace('\\', '/') + "/", "").lines().toList();
        assertEquals(expected.size(), actual.size(), "lines printed:\n" + result.out());
        for (int i = 0; i < expected.size(); i++) {
            String want = expected.get(i);
            String got = actual.get(i);
            if (want.endsWith("*")) {
                assertTrue(got.startsWith(want.substring(0, want.length() - 1)), want + "\n  vs\n" + got);
            } else {
                assertEquals(want, got);
            }
        }
        boolean anyError = actual.stream().anyMatch(line -> line.matches("[^ ]+:\\d+: error: .*"))
                || expected.get(expected.size() - 1).matches(".*: [1-9]\\d* errors?,.*");
        assertEquals(anyError ? ExitCodes.CONTENT_ERROR : ExitCodes.OK, result.exitCode(), result.out());
    }
}
