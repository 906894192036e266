package id.warta.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.cli.Warta;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code warta import} and {@code warta build} with saved pages, as a user runs them. */
class ImportCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) { }

    private static Run warta(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Warta.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String fixture(String name) {
        return HtmlFixturesTest.FIXTURES.resolve(name).toString();
    }

    @Test
    void importRefusesToOverwriteAnExistingArticle() throws Exception {
        Path to = dir.resolve("content");
        assertEquals(0, warta("import", "--to", to.toString(), fixture("tempo.html")).code());
        Path written = to.resolve("dpr-sahkan-revisi-undang-undang-desa.txt");
        Files.writeString(written, "diedit\n");

        Run again = warta("import", "--to", to.toString(), fixture("tempo.html"));

        assertEquals(1, again.code());
        assertTrue(again.err().contains("dpr-sahkan-revisi-undang-undang-desa.txt already exists and was left as it"
                + " was; move it away, or import into another folder with --to DIR"), again.err());
        assertEquals("diedit\n", Files.readString(written));
    }

    @Test
    void importGoesOnWithTheOtherFilesAfterABadOne() throws Exception {
        Path empty = dir.resolve("kosong.html");
        Files.writeString(empty, "<html><body><nav>Menu</nav></body></html>");
        Path to = dir.resolve("content");

        Run run = warta("import", "--to", to.toString(), empty.toString(), fixture("detik.html"));

        assertEquals(1, run.code());
        assertTrue(run.err().contains("kosong.html: no article text found"), run.err());
        assertTrue(Files.exists(to.resolve("harga-cabai-rawit-tembus-rp-100-ribu-per-kg-di-pasar-induk-kramat-jati.txt")));
    }

    @Test
    void savedPagesInContentAreBuiltWithTheirTextEscaped() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        for (String name : List.of("tempo.html", "tribun.html", "wordpress.html")) {
            Files.copy(HtmlFixturesTest.FIXTURES.resolve(name), content.resolve(name));
        }
        Path output = dir.resolve("site-out");

        Run run = warta("build", "--content", content.toString(), "--templates", "templates",
                "--output", output.toString());

        assertEquals(0, run.code(), run.err());
        String tempo = Files.readString(output.resolve("dpr-sahkan-revisi-undang-undang-desa/index.html"),
                StandardCharsets.UTF_8);
        assertTrue(tempo.contains("menyetujui &lt;b&gt;tanpa catatan&lt;/b&gt;."), "literal markup text is escaped");
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String page = Files.readString(file, StandardCharsets.UTF_8);
                assertFalse(page.contains("INJECTED") || page.contains("onerror") || page.contains("javascript:")
                        || page.contains("<b>tanpa"), file + " carries markup or script from a saved page");
            }
        }
    }
}
