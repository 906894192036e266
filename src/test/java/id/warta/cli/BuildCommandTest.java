package id.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {
    @TempDir
    Path temp;
    private Path content;

    @BeforeEach
    void writeContent() throws Exception {
        content = Files.createDirectories(temp.resolve("content"));
        Files.writeString(content.resolve("banjir.txt"), "---\ntitle: Banjir Rendam Jakarta\npenulis: Rina\n---\n"
                + "Banjir merendam Jakarta.\n");
    }

    private Cli build(String... extra) {
        String[] args = {"build", "--content", content.toString(), "--output", temp.resolve("out").toString()};
        String[] all = new String[args.length + extra.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return Cli.run(all);
    }

    @Test
    void endsWithTheTableAndTheSummaryAndPrintsWarningsToStandardError() {
        Cli result = build();

        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        assertTrue(result.out().contains("  pages     13  (1 article, 1 index, 1 arsip, 1 cari, 1 lembaga, 1 penulis,"
                + " 1 rubrik, 1 sumber, 1 tag, 1 tempat, 1 tokoh, 1 404)\n"), result.out());
        assertTrue(result.out().lines().reduce((a, b) -> b).orElse("").startsWith("Built 1 article, 13 pages"));
        assertTrue(result.err().contains("banjir.txt:3: warning: unknown front-matter key `penulis`"),
                result.err());
        assertFalse(result.out().contains("\u001B"), "plain when not on a terminal");
    }

    @Test
    void printsNothingButErrorsWhenQuiet() {
        Cli result = build("--quiet");

        assertEquals(ExitCodes.OK, result.exitCode());
        assertEquals("", result.out());
        assertEquals("", result.err());
    }

    @Test
    void printsErrorsAsFileLineMessageWhenTheBuildFails() throws Exception {
        Files.write(content.resolve("rusak.txt"), new byte[] {'A', (byte) 0xC3, '\n'});

        Cli result = build("--quiet");

        assertEquals(ExitCodes.CONTENT_ERROR, result.exitCode());
        assertTrue(result.err().matches("(?s).*rusak\\.txt:\\d+: error: .*"), result.err());
    }
}
