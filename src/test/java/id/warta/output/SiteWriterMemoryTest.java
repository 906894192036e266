package id.warta.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer used build after build remembers its last commit, but never against what the folder now says. */
class SiteWriterMemoryTest {

    @TempDir
    Path dir;
    private Path out;
    private SiteWriter writer;

    @BeforeEach
    void setUp() {
        out = dir.resolve("site-out");
        writer = new SiteWriter(out, List.of());
    }

    private SiteWriter.Stats build(List<String> kept, String... pathsAndTexts) throws Exception {
        WriteSession session = writer.begin();
        for (String path : kept) {
            assertTrue(session.keep(path));
        }
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            session.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return session.commit();
    }

    private String marker() throws Exception {
        return Files.readString(out.resolve(SiteWriter.MARKER));
    }

    @Test
    void theSamePathsAgainLeaveTheMarkerAloneAndStillWriteTheChangedPage() throws Exception {
        build(List.of(), "index.html", "a", "b/index.html", "b");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out.resolve(SiteWriter.MARKER), old);
        build(List.of(), "index.html", "a", "b/index.html", "b"); // reads the marker: its time was changed
        SiteWriter.Stats stats = build(List.of("index.html"), "b/index.html", "B");
        assertEquals(new SiteWriter.Stats(1, 1, 0), stats);
        assertEquals("B", Files.readString(out.resolve("b/index.html")));
        assertEquals(old, Files.getLastModifiedTime(out.resolve(SiteWriter.MARKER)));
        assertEquals("b/index.html\nindex.html\n", marker());
    }

    @Test
    void aMarkerChangedByHandIsReadAgainSoOnlyWhatItListsIsDeleted() throws Exception {
        build(List.of(), "index.html", "a", "b.html", "b", "c.html", "c");
        Files.writeString(out.resolve(SiteWriter.MARKER), "index.html\nc.html\n"); // b.html is someone else's now
        SiteWriter.Stats stats = build(List.of("index.html"));
        assertEquals(1, stats.deleted());
        assertTrue(Files.exists(out.resolve("b.html")));
        assertFalse(Files.exists(out.resolve("c.html")));
        assertEquals("index.html\n", marker());
    }

    @Test
    void aMarkerReplacedByHandWithTheSameSizeAndTimeIsReadAgain() throws Exception {
        build(List.of(), "index.html", "a", "b.html", "b", "c.html", "c");
        Path marker = out.resolve(SiteWriter.MARKER);
        FileTime time = Files.getLastModifiedTime(marker);
        Path replacement = out.resolve("replacement");
        Files.writeString(replacement, "b.html\nc.html\nindex.html\n".replace("c.html", "x.html"));
        Files.setLastModifiedTime(replacement, time);
        Files.move(replacement, marker, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        build(List.of("index.html"));
        assertTrue(Files.exists(out.resolve("c.html")), "c.html is no longer listed, so it is not Warta's to delete");
        assertFalse(Files.exists(out.resolve("b.html")));
    }

    @Test
    void keepingAPathTheLastSiteDidNotHaveIsStillChecked() throws Exception {
        build(List.of(), "index.html", "a");
        WriteSession session = writer.begin();
        assertThrows(OutputException.class, () -> session.keep("../outside.html"));
        assertThrows(OutputException.class, () -> session.keep(".warta-site"));
        session.abort();
        assertEquals("index.html\n", marker());
    }

    @Test
    void aFailedCommitIsNotRememberedAsTheSite() throws Exception {
        build(List.of(), "index.html", "a", "b.html", "b");
        WriteSession failing = writer.begin();
        failing.keep("index.html");
        failing.put("b.html", "B".getBytes(StandardCharsets.UTF_8));
        failing.abort();
        SiteWriter.Stats stats = build(List.of("index.html"), "c.html", "c");
        assertEquals(new SiteWriter.Stats(1, 1, 1), stats);
        assertFalse(Files.exists(out.resolve("b.html")));
        assertEquals("c.html\nindex.html\n", marker());
    }
}
