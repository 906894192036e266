package id.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.content.SourceFile;
import id.warta.content.SourceFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
    /** 2024-11-21 02:30 UTC is 09:30 in Jakarta. */
    private static final Environment AT_NINE_THIRTY_WIB = new Environment(
            Clock.fixed(Instant.parse("2024-11-21T02:30:00Z"), ZoneOffset.UTC), Terminal.PLAIN);

    @TempDir
    Path temp;

    private Cli newArticle(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "new";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--content";
        all[args.length + 2] = temp.resolve("content").toString();
        return Cli.run(AT_NINE_THIRTY_WIB, all);
    }

    @Test
    void writesADraftNamedByTheSlugWithJakartaTimeTagsAndALede() throws Exception {
        Cli result = newArticle("Banjir Rendam Jakarta Utara", "--tags", "banjir, jakarta,,banjir");

        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        Path file = temp.resolve("content/banjir-rendam-jakarta-utara.txt");
        assertEquals("---\n"
                + "title: Banjir Rendam Jakarta Utara\n"
                + "date: 2024-11-21 09:30\n"
                + "tags: [banjir, jakarta]\n"
                + "draft: true\n"
                + "---\n"
                + NewCommand.PLACEHOLDER_LEDE + "\n", Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(result.out().contains("banjir-rendam-jakarta-utara.txt"), result.out());
    }

    @Test
    void writesFrontMatterThatReadsBackWhateverTheHeadlineHoldsIn() throws Exception {
        String headline = "Menteri: \"Harga #Beras Turun\" - Benarkah?";
        assertEquals(ExitCodes.OK, newArticle(headline).exitCode());

        Path file;
        try (var files = Files.list(temp.resolve("content"))) {
            file = files.findFirst().orElseThrow();
        }
        SourceFile source = SourceFiles.fromBytes("x.txt", Files.readAllBytes(file));
        assertEquals(headline, source.frontMatter().title());
        assertEquals(List.of(), source.frontMatter().tags());
        assertTrue(source.frontMatter().draft());
        assertEquals(List.of(), source.problems());
    }

    @Test
    void refusesToOverwriteAnExistingArticle() throws Exception {
        Path file = Files.createDirectories(temp.resolve("content")).resolve("gempa-guncang-cianjur.txt");
        Files.writeString(file, "Tulisan lama yang tidak boleh hilang.\n");

        Cli result = newArticle("Gempa Guncang Cianjur");

        assertEquals(ExitCodes.CONTENT_ERROR, result.exitCode());
        assertTrue(result.err().contains("gempa-guncang-cianjur.txt already exists"), result.err());
        assertEquals("Tulisan lama yang tidak boleh hilang.\n", Files.readString(file));
    }

    @Test
    void refusesAnEmptyHeadline() {
        Cli result = newArticle("   ");

        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertTrue(result.err().contains("headline"), result.err());
    }

    @Test
    void halamanWritesAStandalonePageIntoTheHalamanFolder() throws Exception {
        Cli result = newArticle("--halaman", "Pedoman Pemberitaan Media Siber");

        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        Path file = temp.resolve("content/halaman/pedoman-pemberitaan-media-siber.txt");
        assertEquals("---\n"
                + "title: Pedoman Pemberitaan Media Siber\n"
                + "---\n"
                + NewCommand.PLACEHOLDER_PAGE + "\n", Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(result.out().startsWith("Created "), result.out());
        assertTrue(result.out().contains("pedoman-pemberitaan-media-siber.txt. Write the page; the footer of every"
                + " page links to it, in the order of the file names in halaman/."), result.out());
        assertEquals(ExitCodes.CONTENT_ERROR, newArticle("--halaman", "Pedoman Pemberitaan Media Siber").exitCode());
    }

    @Test
    void checkFlagsTheLedeThatNewWroteUntilItIsReplaced() throws Exception {
        newArticle("Banjir Rendam Jakarta Utara");
        Path content = temp.resolve("content");

        Cli check = Cli.run(AT_NINE_THIRTY_WIB, "check", "--content", content.toString());

        String file = content.resolve("banjir-rendam-jakarta-utara.txt").toString();
        String printed = check.out() + check.err();
        assertTrue(printed.contains(file + ":7: warning: this is still the placeholder lede that `warta new`"
                + " wrote; replace it with the article's opening paragraph"), printed);
    }
}
