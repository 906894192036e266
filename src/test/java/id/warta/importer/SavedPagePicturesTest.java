package id.warta.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code warta import} of a page saved with "Web page, complete": its lead picture comes along, safely. */
class SavedPagePicturesTest {
    private static final String ARTICLE = "rob-rendam-pesisir-utara-surabaya-warga-bertahan-di-rumah";
    /** The first bytes of a JPEG file, then a little of anything: enough to be taken for one. */
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F',
        0, 1, 1, 0, 0, 1};

    @TempDir
    Path dir;
    private Path saved;
    private Path files;
    private Path content;

    @BeforeEach
    void savePageComplete() throws Exception {
        Path downloads = Files.createDirectories(dir.resolve("unduhan"));
        saved = downloads.resolve("kompas-complete.html");
        Files.copy(HtmlFixturesTest.FIXTURES.resolve("kompas-complete.html"), saved);
        files = Files.createDirectories(downloads.resolve("kompas-complete_files"));
        Files.write(files.resolve("rob-kenjeran(1).jpg"), JPEG);
        Files.writeString(files.resolve("read.css"), "body{}");
        content = dir.resolve("content");
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Warta.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    private List<String> contentFiles() throws Exception {
        try (Stream<Path> list = Files.list(content)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theLeadPictureIsCopiedNextToTheArticleAndTheSiteShowsItsOwnCopy() throws Exception {
        String[] imported = run("import", "--to", content.toString(), saved.toString());

        assertEquals("0", imported[0], imported[2]);
        assertEquals(List.of(ARTICLE + ".jpg", ARTICLE + ".txt"), contentFiles());
        assertArrayEquals(JPEG, Files.readAllBytes(content.resolve(ARTICLE + ".jpg")));
        String text = Files.readString(content.resolve(ARTICLE + ".txt"), StandardCharsets.UTF_8);
        assertTrue(text.contains("\nimage: " + ARTICLE + ".jpg\n"), text);
        assertTrue(text.contains("\nimage_caption: Warga melintasi genangan rob di Kelurahan Kenjeran, Surabaya,"
                + " Jumat (22/11/2024). KOMPAS.com/ACHMAD FAIZAL\n"), text);
        assertTrue(text.endsWith("\nEditor: Sari Hardiyanto\n"), text);

        Path output = dir.resolve("site-out");
        String[] built = run("build", "--content", content.toString(), "--templates", "templates", "--output",
                output.toString());
        assertEquals("0", built[0], built[2]);
        Document page = Jsoup.parse(output.resolve(ARTICLE + "/index.html").toFile(), "UTF-8");
        String src = page.selectFirst("figure.lead-image img").attr("src");
        assertFalse(src.startsWith("http"), "the picture comes from the site itself: " + src);
        assertTrue(Files.isRegularFile(output.resolve(ARTICLE).resolve(src).normalize()), src);
        assertEquals("Sari Hardiyanto", page.select(".credits div").stream()
                .filter(d -> d.selectFirst("dt").text().equals("Editor")).findFirst().orElseThrow()
                .selectFirst("dd").text());
    }

    @Test
    void withoutTheSavedFolderThePictureStaysTheOutletsAddress() throws Exception {
        try (Stream<Path> saved = Files.list(files)) {
            for (Path file : saved.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(files);

        assertEquals("0", run("import", "--to", content.toString(), saved.toString())[0]);
        assertEquals(List.of(ARTICLE + ".txt"), contentFiles());
        assertTrue(Files.readString(content.resolve(ARTICLE + ".txt"))
                .contains("\nimage: https://asset.kompas.com/crops/rob-kenjeran.jpg\n"));
    }

    @Test
    void aPictureOutsideItsFolderOrNotAPictureIsNeverTaken() throws Exception {
        Files.write(dir.resolve("unduhan/rahasia.jpg"), JPEG);
        Files.delete(files.resolve("rob-kenjeran(1).jpg"));
        Files.writeString(files.resolve("rob-kenjeran(1).jpg"), "<html>bukan gambar</html>");
        Path page = saved.resolveSibling("kompas-complete.html");
        String html = Files.readString(page).replace("<div class=\"photo\">",
                "<figure><img src=\"kompas-complete_files/../rahasia.jpg\" alt=\"\"></figure>"
                        + "<figure><img src=\"file:///etc/hostname\" alt=\"\"></figure><div class=\"photo\">");
        Files.writeString(page, html);

        assertEquals("0", run("import", "--to", content.toString(), saved.toString())[0]);
        assertEquals(List.of(ARTICLE + ".txt"), contentFiles(), "nothing but the article is written");
    }

    @Test
    void aLinkInsideTheFolderThatLeadsOutIsNotFollowed() throws Exception {
        Path outside = Files.write(dir.resolve("di-luar.jpg"), JPEG);
        Files.delete(files.resolve("rob-kenjeran(1).jpg"));
        Files.createSymbolicLink(files.resolve("rob-kenjeran(1).jpg"), outside);

        assertEquals("0", run("import", "--to", content.toString(), saved.toString())[0]);
        assertEquals(List.of(ARTICLE + ".txt"), contentFiles());
    }

    @Test
    void aRefusedImportLeavesNoPictureBehind() throws Exception {
        assertEquals("0", run("import", "--to", content.toString(), saved.toString())[0]);
        Files.writeString(content.resolve(ARTICLE + ".txt"), "diedit\n");

        String[] again = run("import", "--to", content.toString(), saved.toString());

        assertEquals("1", again[0]);
        assertEquals(List.of(ARTICLE + ".jpg", ARTICLE + ".txt"), contentFiles(), "no second copy of the picture");
    }
}
