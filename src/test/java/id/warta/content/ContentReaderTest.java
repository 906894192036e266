package id.warta.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.model.Problem;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentReaderTest {

    @TempDir
    Path dir;
    private Path content;

    @BeforeEach
    void setUp() throws Exception {
        content = Files.createDirectories(dir.resolve("content"));
    }

    private Problem onlyProblem(ContentReader.Result result) {
        assertNull(result.file(), "the file should not be usable");
        assertEquals(1, result.problems().size(), result.problems().toString());
        Problem problem = result.problems().get(0);
        assertTrue(problem.isError());
        return problem;
    }

    private Problem problemOf(String name, byte[] bytes) throws Exception {
        Path file = Files.write(content.resolve(name), bytes);
        return onlyProblem(new ContentReader(content).read(file));
    }

    @Test
    void pointsAtTheLineOfInvalidUtf8() throws Exception {
        byte[] bytes = "Judul\nBaris dua\nRusak \u00e9".getBytes(StandardCharsets.ISO_8859_1);
        Problem problem = problemOf("latin1.txt", bytes);
        assertEquals(3, problem.line());
        assertTrue(problem.message().contains("not valid UTF-8"), problem.message());
    }

    @Test
    void namesUtf16WithAByteOrderMark() throws Exception {
        byte[] text = "Judul berita\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        Problem problem = problemOf("utf16.txt", bytes);
        assertEquals(1, problem.line());
        assertTrue(problem.message().contains("UTF-16") && problem.message().contains("save it as UTF-8"));
    }

    @Test
    void namesUtf16WithoutAByteOrderMark() throws Exception {
        Problem problem = problemOf("utf16.txt", "Judul berita yang panjang\n".getBytes(StandardCharsets.UTF_16BE));
        assertTrue(problem.message().contains("UTF-16"), problem.message());
    }

    @Test
    void callsABinaryFileBinary() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Problem problem = problemOf("photo.txt", png);
        assertTrue(problem.message().contains("binary file"), problem.message());
        assertEquals(3, problem.line());
    }

    @Test
    void refusesAHugeFileWithoutReadingItAll() throws Exception {
        Path file = content.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024);
        }
        Problem problem = onlyProblem(new ContentReader(content).read(file));
        assertTrue(problem.message().contains("larger than 8 MB"), problem.message());
    }

    @Test
    void readsAMillionCharacterLine() throws Exception {
        Path file = Files.writeString(content.resolve("long.txt"), "Judul\n" + "kata ".repeat(200_000) + "\n");
        ContentReader.Result result = new ContentReader(content).read(file);
        assertNotNull(result.file());
        assertEquals(1_000_000, result.file().lines().get(1).text().length());
    }

    @Test
    void givesTheLineOfMalformedYaml() throws Exception {
        Path file = Files.writeString(content.resolve("yaml.txt"), "---\ntitle: Judul\ntags: [a, b\n---\nIsi.\n");
        Problem problem = onlyProblem(new ContentReader(content).read(file));
        assertTrue(problem.message().startsWith("malformed YAML"), problem.message());
        assertTrue(problem.line() >= 3 && problem.line() <= 4, "line " + problem.line());
    }

    @Test
    void readsAFileOfOnlyFrontMatterAsBlank() throws Exception {
        Path file = Files.writeString(content.resolve("only.txt"), "---\ntitle: Judul\n---\n");
        ContentReader.Result result = new ContentReader(content).read(file);
        assertTrue(result.file().isBlank());
    }

    @Test
    void refusesALinkToAFileOutsideTheContentFolder() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "rahasia");
        Path link = Files.createSymbolicLink(content.resolve("link.txt"), secret);
        Problem problem = onlyProblem(new ContentReader(content).read(link));
        assertTrue(problem.message().contains("outside the content directory"), problem.message());
    }

    @Test
    void explainsAFileItMayNotRead() throws Exception {
        Path file = Files.writeString(content.resolve("locked.txt"), "Isi");
        ContentReader reader = new ContentReader(content, (path, limit) -> {
            throw new AccessDeniedException(path.toString());
        });
        Problem problem = onlyProblem(reader.read(file));
        assertTrue(problem.message().contains("permission denied") && problem.message().contains("chmod"));
    }

    @Test
    void explainsAFileWithoutReadPermissionWhenNotRunningAsRoot() throws Exception {
        Path file = Files.writeString(content.resolve("locked.txt"), "Isi");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(file),
                "running as root (or with CAP_DAC_OVERRIDE): every file is readable; the simulated test covers it");
        Problem problem = onlyProblem(new ContentReader(content).read(file));
        assertTrue(problem.message().contains("permission denied"), problem.message());
    }

}
