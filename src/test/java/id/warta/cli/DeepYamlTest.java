package id.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Front matter nested thousands of levels deep is an error naming the file and line, not a stack overflow. */
class DeepYamlTest {
    private static final String BODY = "JAKARTA, KOMPAS.com - Banjir merendam jalan utama pada Senin pagi.\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private static String deep(String shape) {
        return shape.equals("[") ? "tags: " + "[".repeat(10_000) + "\n" : "tags: " + "{a: ".repeat(5_000) + "\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {"[", "{a: "})
    void parsePrintsTheOtherFilesAndAPositionedErrorForTheDeepOne(String shape) throws Exception {
        Path good = write("baik.txt", "---\ntitle: Banjir di Jakarta\n---\n" + BODY);
        Path bad = write("dalam.txt", "---\n" + deep(shape) + "---\n" + BODY);
        Cli run = Cli.run("parse", "--json", good.toString(), bad.toString());
        assertEquals(ExitCodes.CONTENT_ERROR, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(1, json.size());
        assertEquals("Banjir di Jakarta", json.get(0).get("headline").asText());
        assertEquals("error: " + bad.toString().replace('\\', '/') + ":2: YAML nested more than 16 levels"
                + " deep; front matter needs two at most, so write plain `key: value` lines", run.err().strip());
    }

    @Test
    void buildAndCheckReportTheFileAndStopWithContentErrors() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("baik.txt"), "---\ntitle: Banjir di Jakarta\n---\n" + BODY);
        Files.writeString(content.resolve("dalam.txt"), "---\n" + deep("[") + "---\n" + BODY);
        Cli check = Cli.run("check", "--content", content.toString());
        assertEquals(ExitCodes.CONTENT_ERROR, check.exitCode(), check.err());
        assertTrue(check.out().contains("dalam.txt:2: error: YAML nested more than 16 levels deep")
                || check.err().contains("dalam.txt:2: error: YAML nested more than 16 levels deep"),
                check.out() + check.err());
        Files.writeString(content.resolve("site.yaml"), "publisher: " + "{a: ".repeat(5_000) + "\n");
        Cli build = Cli.run("build", "--content", content.toString(), "--output", dir.resolve("out").toString());
        assertEquals(ExitCodes.CONTENT_ERROR, build.exitCode(), build.err());
        assertTrue(build.err().contains("site.yaml:1: error: YAML nested more than 16 levels deep"), build.err());
    }
}
