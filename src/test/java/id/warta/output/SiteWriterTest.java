package id.warta.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

    @TempDir
    Path dir;
    private Path out;
    private SiteWriter writer;

    @BeforeEach
    void setUp() {
        out = dir.resolve("site-out");
        writer = new SiteWriter(out, List.of());
    }

    private static SortedMap<String, byte[]> site(String... pathsAndTexts) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private String read(String path) throws Exception {
        return Files.readString(out.resolve(path));
    }

    @Test
    void leavesUnchangedFilesUntouchedAndWritesChangedOnes() throws Exception {
        writer.write(site("index.html", "a", "b/index.html", "b"));
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out.resolve("index.html"), old);
        SiteWriter.Stats stats = writer.write(site("index.html", "a", "b/index.html", "B"));
        assertEquals(new SiteWriter.Stats(1, 1, 0), stats);
        assertEquals(old, Files.getLastModifiedTime(out.resolve("index.html")));
        assertEquals("B", read("b/index.html"));
        assertFalse(Files.exists(out.resolve(SiteWriter.STAGING)));
        assertFalse(Files.exists(out.resolve(SiteWriter.JOURNAL)));
    }

    @Test
    void deletesOnlyFilesItWroteBeforeAndTheirEmptyFolders() throws Exception {
        writer.write(site("index.html", "a", "old/index.html", "o"));
        Files.writeString(out.resolve("CNAME"), "berita.example.id");
        SiteWriter.Stats stats = writer.write(site("index.html", "a"));
        assertEquals(1, stats.deleted());
        assertFalse(Files.exists(out.resolve("old")));
        assertEquals("berita.example.id", read("CNAME"));
    }

    @Test
    void neverDeletesOutsideTheOutputWhateverTheMarkerSays() throws Exception {
        writer.write(site("index.html", "a"));
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("precious.txt"), "keep me too");
        Files.createSymbolicLink(out.resolve("link"), elsewhere);
        Files.writeString(out.resolve(SiteWriter.MARKER), "index.html\n../victim.txt\n" + victim + "\n"
                + "link/precious.txt\n.warta-journal\n");
        writer.write(site("index.html", "a"));
        assertEquals("keep me", Files.readString(victim));
        assertEquals("keep me too", Files.readString(elsewhere.resolve("precious.txt")));
    }

    @Test
    void refusesATamperedJournalAndAppliesNoneOfIt() throws Exception {
        writer.write(site("index.html", "old"));
        Path staging = Files.createDirectories(out.resolve(SiteWriter.STAGING));
        Files.writeString(staging.resolve("index.html"), "new");
        Files.writeString(out.resolve(SiteWriter.JOURNAL), Journal.text(
                List.of(new Journal.Write("index.html", "index.html")), List.of("../../etc/passwd")));
        OutputException e = assertThrows(OutputException.class, writer::prepare);
        assertTrue(e.getMessage().contains("damaged") && e.getMessage().contains(SiteWriter.JOURNAL), e.getMessage());
        assertEquals("old", read("index.html"));
    }

    @Test
    void refusesAJournalWithoutItsHeader() throws Exception {
        writer.write(site("index.html", "old"));
        Files.writeString(out.resolve(SiteWriter.JOURNAL), "W\tindex.html\n");
        assertThrows(OutputException.class, writer::prepare);
        assertEquals("old", read("index.html"));
    }

    @Test
    void dropsStagedFilesWhenTheBuildDiedBeforeCommitting() throws Exception {
        writer.write(site("index.html", "old"));
        Path staging = Files.createDirectories(out.resolve(SiteWriter.STAGING));
        Files.writeString(staging.resolve("index.html"), "half");
        Files.writeString(Journal.temporaryOf(out.resolve(SiteWriter.JOURNAL)), Journal.HEADER + "\nW\tind");
        writer.prepare();
        assertEquals("old", read("index.html"));
        try (var entries = Files.list(out)) {
            assertEquals(List.of(OutputLock.FILE, SiteWriter.MARKER, "index.html"),
                    entries.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void finishesACommittedJournalThatWasHalfApplied() throws Exception {
        writer.write(site("a.html", "old a", "b.html", "old b", "gone.html", "g"));
        Path staging = Files.createDirectories(out.resolve(SiteWriter.STAGING));
        Files.writeString(staging.resolve("b.html"), "new b");
        Files.writeString(staging.resolve(SiteWriter.MARKER), "a.html\nb.html\n");
        Files.writeString(out.resolve("a.html"), "new a"); // already moved before the kill
        Files.writeString(out.resolve(SiteWriter.JOURNAL), Journal.text(List.of(new Journal.Write("a.html", "a.html"),
                new Journal.Write("b.html", "b.html"), new Journal.Write(".warta-site", ".warta-site")),
                List.of("gone.html")));
        writer.prepare();
        assertEquals("new a", read("a.html"));
        assertEquals("new b", read("b.html"));
        assertFalse(Files.exists(out.resolve("gone.html")));
        assertFalse(Files.exists(out.resolve(SiteWriter.JOURNAL)));
        assertFalse(Files.exists(staging));
    }

    @Test
    void turnsAPageFileIntoAFolderAndBack() throws Exception {
        writer.write(site("berita", "file"));
        writer.write(site("berita/index.html", "folder"));
        assertEquals("folder", read("berita/index.html"));
        writer.write(site("berita", "file again"));
        assertEquals("file again", read("berita"));
    }

    @Test
    void refusesBeforeCommittingWhenAForeignFolderStandsWhereAPageGoes() throws Exception {
        writer.write(site("index.html", "a"));
        Files.createDirectories(out.resolve("berita"));
        Files.writeString(out.resolve("berita/notes.txt"), "mine");
        assertThrows(OutputException.class, () -> writer.write(site("index.html", "a", "berita", "page")));
        assertFalse(Files.exists(out.resolve(SiteWriter.JOURNAL)));
        writer.write(site("index.html", "b"));
        assertEquals("b", read("index.html"));
    }

    @Test
    void createsNothingWhenOnlyPrepared() throws Exception {
        writer.prepare();
        assertFalse(Files.exists(out));
    }

    @Test
    void writesTheMarkerListingEveryFile() throws Exception {
        writer.write(site("b.html", "b", "a/index.html", "a"));
        assertArrayEquals("a/index.html\nb.html\n".getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(out.resolve(SiteWriter.MARKER)));
    }

    @Test
    void aKilledFirstBuildLeavesAnEmptyFolderOnceTheNextRunStarts() throws Exception {
        Files.createDirectories(out.resolve("berita"));
        Files.writeString(out.resolve(SiteWriter.FIRST_BUILD), SiteWriter.FIRST_BUILD_TEXT);
        Files.writeString(out.resolve("index.html"), "half a site");
        Files.writeString(out.resolve("berita/index.html"), "half a site");
        writer.prepare();
        try (var entries = Files.list(out)) {
            assertEquals(List.of(OutputLock.FILE), entries.map(p -> p.getFileName().toString()).toList(),
                    "only the lock file stays, as a writer may be waiting on it");
        }
    }

    @Test
    void aFailedFirstBuildLeavesNoFolderBehind() throws Exception {
        WriteSession session = writer.begin();
        session.put("index.html", "a".getBytes(StandardCharsets.UTF_8));
        assertTrue(Files.exists(out.resolve(SiteWriter.FIRST_BUILD)), "a first build is flagged while it runs");
        session.abort();
        assertFalse(Files.exists(out));
    }

    @Test
    void aFailedRebuildLeavesTheOldSite() throws Exception {
        writer.write(site("index.html", "old", "a/index.html", "a"));
        WriteSession session = writer.begin();
        session.put("index.html", "new".getBytes(StandardCharsets.UTF_8));
        session.abort();
        assertEquals("old", read("index.html"));
        assertFalse(Files.exists(out.resolve(SiteWriter.STAGING)));
    }

    @Test
    void takesFilesFromManyThreadsAndStagesOnlyChangedOnes() throws Exception {
        SortedMap<String, byte[]> first = new TreeMap<>();
        for (int i = 0; i < 200; i++) {
            first.put("berita-" + i + "/index.html", ("page " + i).getBytes(StandardCharsets.UTF_8));
        }
        writer.write(first);
        WriteSession session = writer.begin();
        java.util.stream.IntStream.range(0, 200).parallel().forEach(i -> {
            try {
                session.put("berita-" + i + "/index.html",
                        ("page " + (i % 10 == 0 ? "changed " : "") + i).getBytes(StandardCharsets.UTF_8));
            } catch (OutputException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(new SiteWriter.Stats(20, 180, 0), session.commit());
        assertEquals("page changed 10", read("berita-10/index.html"));
        assertEquals("page 11", read("berita-11/index.html"));
    }

    @Test
    void refusesTheSamePathTwiceInOneBuild() throws Exception {
        WriteSession session = writer.begin();
        session.put("index.html", "a".getBytes(StandardCharsets.UTF_8));
        assertThrows(OutputException.class, () -> session.put("index.html", "b".getBytes(StandardCharsets.UTF_8)));
        session.abort();
    }

    @Test
    void aStrayFirstBuildFlagEmptiesNothing() throws Exception {
        Files.createDirectories(out);
        Files.writeString(out.resolve(SiteWriter.FIRST_BUILD), "not Warta's");
        Files.writeString(out.resolve("notes.txt"), "mine");
        assertThrows(OutputException.class, writer::prepare);
        assertEquals("mine", read("notes.txt"));
    }
}
