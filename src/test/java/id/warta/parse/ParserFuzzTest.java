package id.warta.parse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import id.warta.content.ContentException;
import id.warta.content.SourceFile;
import id.warta.content.SourceFiles;
import java.nio.charset.StandardCharsets;

/**
 * Arbitrary text must never make the parser throw or lose a line. Under plain {@code mvn test} this runs only the
 * saved inputs in {@code src/test/resources/id/warta/parse/ParserFuzzTestInputs/parsesAnyText/} (regression mode);
 * {@code JAZZER_FUZZ=1} fuzzes for real (see PARSING.md). Crashes found are kept there as regression inputs.
 */
class ParserFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parsesAnyText(byte[] input) {
        SourceFile file;
        try {
            file = SourceFiles.fromText("fuzz.txt", new String(input, StandardCharsets.UTF_8));
        } catch (ContentException e) {
            // Malformed front matter is the reader's business, reported as a problem before parsing.
            file = SourceFile.ofText("fuzz.txt", new String(input, StandardCharsets.UTF_8));
        }
        ParseRun run = new ArticleParser().run(file);
        Conservation.check(file, run);
        ArticleDump.render(run.article());
    }
}
