package id.warta.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A committed journal is applied in full, in an order that never leaves a page missing; a damaged one not at all. */
class JournalTest {

    @TempDir
    Path dir;
    private Path out;
    private Path staging;
    private Path journal;
    private SiteWriter writer;

    @BeforeEach
    void oldSiteAndAStagedNewPage() throws Exception {
        out = dir.resolve("site-out");
        writer = new SiteWriter(out, List.of());
        SortedMap<String, byte[]> site = new TreeMap<>();
        site.put("index.html", "old".getBytes(StandardCharsets.UTF_8));
        site.put("berita/lama/index.html", "lama".getBytes(StandardCharsets.UTF_8));
        writer.write(site);
        staging = Files.createDirectories(out.resolve(SiteWriter.STAGING));
        Files.writeString(staging.resolve("1"), "new");
        journal = out.resolve(SiteWriter.JOURNAL);
    }

    private String committed() {
        return Journal.text(List.of(new Journal.Write("index.html", "1")), List.of("berita/lama/index.html"));
    }

    private String refusal(int line, String why) {
        return journal + ":" + line + ": the interrupted build's journal is damaged (" + why + "), so nothing was"
                + " applied; delete " + journal + " and " + staging + ", then build again";
    }

    @Test
    void aJournalOfRandomBytesIsCalledDamaged() throws Exception {
        byte[] noise = new byte[512];
        new Random(16).nextBytes(noise);
        Files.write(journal, noise);
        OutputException e = assertThrows(OutputException.class, writer::prepare);
        assertEquals(refusal(1, "it is not text"), e.getMessage());
        assertEquals("old", Files.readString(out.resolve("index.html")));
    }

    @Test
    void aCutOffJournalIsRefusedWhereverItWasCut() throws Exception {
        String whole = committed();
        String[] cuts = {whole.substring(0, whole.indexOf("\nE\t") + 1), whole.substring(0, whole.length() - 5),
                whole.substring(0, whole.indexOf("\nD\t") + 6)};
        for (String cut : cuts) {
            Files.writeString(journal, cut);
            assertThrows(OutputException.class, writer::prepare, cut);
            assertEquals("old", Files.readString(out.resolve("index.html")));
            assertEquals("lama", Files.readString(out.resolve("berita/lama/index.html")));
        }
        Files.writeString(journal, cuts[0]);
        assertEquals(refusal(3, "it is cut off: its end line is missing"),
                assertThrows(OutputException.class, writer::prepare).getMessage());
    }

    @Test
    void anEntryThatDoesNotMatchItsChecksumIsRefused() throws Exception {
        Files.writeString(journal, committed().replace("W\tindex.html\t1", "W\tindex.html\t2"));
        Files.writeString(staging.resolve("2"), "wrong");
        assertEquals(refusal(2, "the entry does not match its checksum"),
                assertThrows(OutputException.class, writer::prepare).getMessage());
        assertEquals("old", Files.readString(out.resolve("index.html")));
    }

    @Test
    void appliesACompleteJournalAndRemovesTheFoldersItEmptied() throws Exception {
        Files.writeString(journal, committed());
        writer.prepare();
        assertEquals("new", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("berita")), "the emptied folders go with the page");
        assertFalse(Files.exists(journal));
    }

    @Test
    void foldersLeftEmptyByAKilledRunAreRemovedByTheNext() throws Exception {
        Files.writeString(journal, committed());
        Files.delete(out.resolve("berita/lama/index.html")); // deleted just before the kill
        writer.prepare();
        assertFalse(Files.exists(out.resolve("berita")));
    }

    @Test
    void aJournalThatCannotBeCommittedLeavesNoTemporaryFileBehind() throws Exception {
        Files.createDirectories(journal.resolve("in-the-way")); // the rename fails, as on a full disk
        assertThrows(java.io.IOException.class, () -> Journal.commit(journal,
                List.of(new Journal.Write("index.html", "1")), List.of()));
        assertFalse(Files.exists(Journal.temporaryOf(journal)));
    }
}
