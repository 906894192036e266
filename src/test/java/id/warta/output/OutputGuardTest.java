package id.warta.output;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputGuardTest {

    @TempDir
    Path dir;

    private String refusal(Path output, List<Path> protectedDirs) {
        return assertThrows(OutputException.class, () -> OutputGuard.check(output, protectedDirs)).getMessage();
    }

    @Test
    void refusesTheFileSystemRoot() {
        assertTrue(refusal(Path.of("/"), List.of()).contains("root of the file system"));
    }

    @Test
    void refusesTheHomeDirectoryAndWhatHoldsIt() {
        Path home = Path.of(System.getProperty("user.home"));
        assertTrue(refusal(home, List.of()).contains("home directory"));
        if (home.getParent() != null && home.getParent().getParent() != null) {
            assertTrue(refusal(home.getParent(), List.of()).contains("home directory"));
        }
    }

    @Test
    void refusesTheProjectFolderThatIsTheCurrentDirectory() {
        assertTrue(refusal(Path.of("."), List.of()).contains("project folder"));
        assertTrue(refusal(Path.of(""), List.of()).contains("project folder"));
        assertTrue(refusal(Path.of("src/.."), List.of()).contains("project folder"));
    }

    @Test
    void refusesContentTemplatesTheirParentsAndFoldersInsideThem() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path templates = Files.createDirectories(dir.resolve("templates"));
        List<Path> guarded = List.of(content, templates);
        assertTrue(refusal(content, guarded).contains("would overwrite"));
        assertTrue(refusal(templates, guarded).contains("would overwrite"));
        assertTrue(refusal(dir, guarded).contains("would overwrite"));
        assertTrue(refusal(content.resolve("site"), guarded).contains("would overwrite"));
    }

    @Test
    void refusesALinkThatLeadsToAProtectedFolderEvenForAFolderNotYetMade() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), content);
        assertTrue(refusal(link, List.of(content)).contains("would overwrite"));
        assertTrue(refusal(link.resolve("new/site"), List.of(content)).contains("would overwrite"));
    }

    @Test
    void refusesANonEmptyFolderWartaDidNotMake() throws Exception {
        Path foreign = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(foreign.resolve("holiday.jpg"), "x");
        String message = refusal(foreign, List.of());
        assertTrue(message.contains("not empty") && message.contains(SiteWriter.MARKER), message);
    }

    @Test
    void refusesAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("site-out"), "x");
        assertTrue(refusal(file, List.of()).contains("is a file"));
    }

    @Test
    void acceptsAMissingAnEmptyAMarkedOrAnInterruptedFirstOutput() throws Exception {
        assertDoesNotThrow(() -> OutputGuard.check(dir.resolve("missing"), List.of()));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertDoesNotThrow(() -> OutputGuard.check(empty, List.of()));
        Path marked = Files.createDirectories(dir.resolve("marked"));
        Files.writeString(marked.resolve(SiteWriter.MARKER), "index.html\n");
        Files.writeString(marked.resolve("index.html"), "x");
        assertDoesNotThrow(() -> OutputGuard.check(marked, List.of()));
        Path interrupted = Files.createDirectories(dir.resolve("interrupted/" + SiteWriter.STAGING));
        assertDoesNotThrow(() -> OutputGuard.check(interrupted.getParent(), List.of()));
    }
}
