package id.warta.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.content.ContentReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.SortedMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per row of the README's "Bad input and safety" table: the message names the file (and line), the exit code
 * is the documented one, and the site built before is left byte for byte as it was (or, for the inputs that are only
 * skipped, built completely).
 */
class BadInputTest {
    private static final String GOOD = "---\ntitle: Berita Baik\ndate: 2024-11-21 09:30\n---\n"
            + "JAKARTA, KOMPAS.com - Pemerintah mengumumkan libur nasional.\n";

    @TempDir
    Path dir;
    private SiteFixture site;
    private SortedMap<String, String> before;

    @BeforeEach
    void buildAGoodSiteFirst() throws Exception {
        site = new SiteFixture(dir);
        site.write("baik.txt", GOOD);
        SiteFixture.Run first = site.build();
        assertEquals(0, first.exitCode(), first.err());
        before = SiteFixture.snapshot(site.output);
    }

    private void assertRefused(int exitCode, String... inMessage) throws Exception {
        SiteFixture.Run run = site.build();
        assertEquals(exitCode, run.exitCode(), run.err());
        for (String expected : inMessage) {
            assertTrue(run.err().contains(expected), "expected `" + expected + "` in:\n" + run.err());
        }
        assertEquals(before, SiteFixture.snapshot(site.output), "the previous site must be left as it was");
    }

    private static String name(Path file) {
        return file.toString().replace('\\', '/');
    }

    @Test
    void invalidUtf8() throws Exception {
        Path bad = site.writeBytes("latin1.txt", "Judul\nBaris\nCaf\u00e9 rusak\n".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(1, name(bad) + ":3: error: not valid UTF-8 at byte");
    }

    @Test
    void utf16WithAByteOrderMark() throws Exception {
        byte[] text = "Judul berita\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        Path bad = site.writeBytes("utf16.txt", bytes);
        assertRefused(1, name(bad) + ":1: error: is UTF-16");
    }

    @Test
    void binaryFile() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path bad = site.writeBytes("foto.txt", png);
        assertRefused(1, name(bad) + ":3: error: contains NUL bytes", "binary file");
    }

    @Test
    void emptyFileIsSkippedWithAWarning() throws Exception {
        Path empty = site.write("kosong.txt", "");
        assertRefused(0, name(empty) + ": warning: is empty and was skipped");
    }

    @Test
    void fileOfOnlyFrontMatterIsSkippedWithAWarning() throws Exception {
        Path only = site.write("hanya.txt", "---\ntitle: Belum Ditulis\n---\n");
        assertRefused(0, name(only) + ": warning: is empty and was skipped");
    }

    @Test
    void fiftyMegabyteFile() throws Exception {
        Path huge = site.content.resolve("besar.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        assertRefused(1, name(huge) + ": error: is larger than 8 MB");
    }

    @Test
    void millionCharacterLineBuildsCompletely() throws Exception {
        site.write("panjang.txt", "---\ntitle: Baris Panjang\n---\n" + "kata ".repeat(200_000) + "\n");
        SiteFixture.Run run = site.build();
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.size(site.output.resolve("baris-panjang/index.html")) > 1_000_000);
        assertTrue(Files.exists(site.output.resolve("berita-baik/index.html")));
    }

    @Test
    void malformedYaml() throws Exception {
        Path bad = site.write("yaml.txt", "---\ntitle: Judul\ntags: [a, b\n---\nIsi berita.\n");
        assertRefused(1, name(bad) + ":", "malformed YAML");
    }

    @Test
    void wrongDate() throws Exception {
        Path bad = site.write("tanggal.txt", "---\ntitle: Judul\ndate: 2024-13-45\n---\nIsi berita.\n");
        assertRefused(1, name(bad) + ":3: error:");
    }

    @Test
    void duplicateSlugs() throws Exception {
        Path copy = site.write("salinan.txt", GOOD);
        assertRefused(1, "berita-baik", name(copy).substring(name(copy).lastIndexOf('/') + 1));
    }

    @Test
    void symbolicLinkOutOfContent() throws Exception {
        Path secret = Files.writeString(dir.resolve("rahasia.txt"), "Rahasia negara.\n");
        Path link = Files.createSymbolicLink(site.content.resolve("tautan.txt"), secret);
        assertRefused(1, name(link) + ": error: is a link to a file outside the content directory");
    }

    @Test
    void unreadableFile() throws Exception {
        Path locked = site.write("terkunci.txt", GOOD.replace("Baik", "Terkunci"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(locked), "running as root, where every file is readable;"
                + " ContentReaderTest.explainsAFileItMayNotRead simulates this row");
        assertRefused(1, name(locked) + ": error: cannot be read: permission denied");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "../secret.jpg", "images/../../secret.jpg", "C:\\\\Windows\\\\x.jpg",
        "C:/x.jpg", "\\\\\\\\server\\\\x.jpg", "file:///etc/passwd", "javascript:alert(1)",
        "data:image/svg+xml;base64,PHN2Zz4=", "~/foto.jpg", "images\\\\foto.jpg"})
    void anImageThatCouldReachOutsideContentIsRefusedAtItsLine(String image) throws Exception {
        Path bad = site.write("gambar.txt", "---\ntitle: Bergambar\nimage: \"" + image + "\"\n---\nIsi.\n");
        assertRefused(1, name(bad) + ":3: error: image `");
    }

    @Test
    void anImageThatIsALinkOutOfContentIsRefused() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.jpg"), "x");
        Files.createDirectories(site.content.resolve("images"));
        Files.createSymbolicLink(site.content.resolve("images/foto.jpg"), secret);
        Path bad = site.write("gambar.txt", "---\ntitle: Bergambar\nimage: images/foto.jpg\n---\nIsi.\n");
        assertRefused(1, name(bad) + ":3: error: image `images/foto.jpg` is outside the content folder");
    }

    @Test
    void imageOutsideContent() throws Exception {
        Path bad = site.write("gambar.txt", "---\ntitle: Bergambar\nimage: ../../etc/passwd\n---\nIsi.\n");
        assertRefused(1, name(bad) + ":3: error: image `../../etc/passwd` is outside the content folder");
    }

    @Test
    void brokenTemplate() throws Exception {
        Files.writeString(site.templates.resolve("article.ftlh"), "<#if>\n");
        assertRefused(3, "article.ftlh:1:");
    }

    @Test
    void outputThatIsAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("berkas"), "x");
        SiteFixture.Run run = site.buildInto(file);
        assertEquals(4, run.exitCode());
        assertTrue(run.err().contains("is a file, not a folder"), run.err());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void outputThatIsTheProjectOrTheContentFolder() throws Exception {
        for (Path output : new Path[] {Path.of("."), site.content, site.templates, dir}) {
            SiteFixture.Run run = site.buildInto(output);
            assertEquals(4, run.exitCode(), output + ": " + run.err());
        }
        assertEquals(before, SiteFixture.snapshot(site.output));
    }

    @Test
    void outputThatIsAForeignFolder() throws Exception {
        Path foreign = Files.createDirectories(dir.resolve("foto"));
        Files.writeString(foreign.resolve("liburan.jpg"), "x");
        SiteFixture.Run run = site.buildInto(foreign);
        assertEquals(4, run.exitCode());
        assertTrue(run.err().contains("not made by Warta"), run.err());
    }

    @Test
    void sizeLimitIsTheDocumentedOne() {
        assertEquals(8L * 1024 * 1024, ContentReader.MAX_FILE_BYTES);
    }
}
