package id.warta.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks {@code src/test/resources/parse/fixtures/}: each {@code <name>.txt} must parse to the dump in
 * {@code <name>.expected}. A new case is one new file pair. Run with {@code -Dwarta.updateFixtures=true} to rewrite
 * the expectations from the parser (then review the diff before committing).
 */
class FixtureTest {

    static List<String> fixtures() {
        return Fixtures.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void parsesFixtureToExpectedDump(String name) throws IOException {
        String dump = ArticleDump.render(new ArticleParser().parse(Fixtures.source(name, Fixtures.input(name))));
        Path expected = Fixtures.expectedPath(name);
        if (Fixtures.UPDATE) {
            Files.writeString(expected, dump, StandardCharsets.UTF_8);
            return;
        }
        assumeTrue(Files.exists(expected), name + ".expected is not written yet; write it by hand or run with"
                + " -Dwarta.updateFixtures=true and review it");
        assertEquals(Fixtures.read(expected).replace("\r\n", "\n"), dump, name);
    }
}
