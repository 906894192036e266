package id.warta.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.bench.CorpusGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server rebuilds from the paths its watcher saw change, re-reading only those files and reusing the
 * last site model where it can: after every kind of edit the served folder must hold exactly what a fresh full
 * build writes, and when the paths cannot tell the whole story the rebuild must look at everything.
 */
class WatchedRebuildTest {
    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    @TempDir
    Path dir;
    private Path content;
    private Path templates;
    private Path served;
    private CorpusGenerator corpus;
    private Pipeline incremental;
    private int freshBuilds;

    @BeforeEach
    void firstBuild() throws Exception {
        content = dir.resolve("content");
        templates = dir.resolve("templates");
        served = dir.resolve("served");
        corpus = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED, 40);
        corpus.write(content, dir.resolve("hugo"));
        SiteRun.copyTree(Path.of("templates"), templates);
        incremental = Pipeline.incremental(options(served));
        incremental.run();
    }

    private BuildOptions options(Path output) {
        return new BuildOptions(content, templates, output, "https://contoh.id/", true, false, NOW);
    }

    private Path article(int index) {
        return content.resolve(corpus.wartaFileName(index));
    }

    @Test
    void everyKindOfEditRebuildsExactlyWhatAFreshBuildWrites() throws Exception {
        Path body = article(3);
        append(body, "\nRedaksi menambahkan paragraf ini pada suntingan.\n");
        rebuildAndCompare(body);

        Path lede = article(14);
        Path alsoEdited = article(15);
        replace(lede, "\n---\n([^\n]*? - )[^\n]+\n", "\n---\n$1Paragraf pembuka yang baru ini mengubah cuplikan"
                + " berita di setiap daftar dan di kotak berita terkait pada halaman artikel lain.\n");
        append(alsoEdited, "\nDua berkas disunting sekaligus dalam satu simpanan.\n");
        rebuildAndCompare(lede, alsoEdited);

        Path headline = article(7);
        replace(headline, "\ntitle: .*\n", "\ntitle: Judul Baru Sekali untuk Berita Ini\n");
        rebuildAndCompare(headline);

        Path dated = article(11);
        replace(dated, "\ndate: .*\n", "\ndate: 2024-12-31T23:00:00+07:00\n");
        rebuildAndCompare(dated);

        Path tagged = article(12);
        replace(tagged, "\ntags: .*\n", "\ntags: [topik-baru, ekonomi]\n");
        rebuildAndCompare(tagged);

        Path created = content.resolve("zz_baru.txt");
        Files.writeString(created, "---\ntitle: Berita yang Baru Saja Ditulis\ndate: 2024-12-30T09:00:00+07:00\n"
                + "tags: [ekonomi]\n---\nJAKARTA - Sebuah berita baru ditulis redaksi pada Senin pagi ini.\n");
        rebuildAndCompare(created);

        Path deleted = article(20);
        Files.delete(deleted);
        rebuildAndCompare(deleted);

        Path renamedFrom = article(21);
        Path renamedTo = content.resolve("aa_nama_baru.txt");
        Files.move(renamedFrom, renamedTo);
        rebuildAndCompare(renamedFrom, renamedTo);
    }

    @Test
    void aReadAlsoTargetThatAppearsOrDisappearsRelinksTheArticlesNamingIt() throws Exception {
        String link = ">Pelabuhan Terapung Pertama Dibuka di Teluk Tomini</a>";
        Path naming = article(2);
        append(naming, "\nBaca juga: Pelabuhan Terapung Pertama Dibuka di Teluk Tomini\n");
        rebuildAndCompare(naming);
        assertFalse(servedContains(link), "no article has that headline yet");

        Path target = article(9);
        String before = Files.readString(target);
        replace(target, "\ntitle: .*\n", "\ntitle: Pelabuhan Terapung Pertama Dibuka di Teluk Tomini\n");
        rebuildAndCompare(target);
        assertTrue(servedContains(link), "the read-also line links to the article now");

        Files.writeString(target, before);
        rebuildAndCompare(target);
        assertFalse(servedContains(link), "the read-also line is plain text again");
    }

    @Test
    void settingsAndTemplateChangesRebuildExactlyWhatAFreshBuildWrites() throws Exception {
        Path settings = content.resolve(SiteConfigLoader.FILE_NAME);
        Files.writeString(settings, "title: Kabar Kota\nperPage: 7\n");
        rebuildAndCompare(settings);

        Path template = templates.resolve("article.ftlh");
        replace(template, "</article>", "<p>Terima kasih telah membaca.</p></article>");
        rebuildAndCompare(template);
        assertTrue(servedContains("<p>Terima kasih telah membaca.</p></article>"));
    }

    @Test
    void aNewFolderOfArticlesNamedOnlyByItsFolderIsListed() throws Exception {
        Path folder = Files.createDirectories(content.resolve("2025/01"));
        Files.copy(article(5), folder.resolve("salinan.txt"));
        replace(folder.resolve("salinan.txt"), "\ntitle: .*\n", "\ntitle: Salinan dalam Folder Baru\n");
        rebuildAndCompare(content.resolve("2025"));
        assertTrue(servedContains("Salinan dalam Folder Baru"));
    }

    @Test
    void aRemovedFolderOfArticlesNamedOnlyByItsFolderIsListedAgain() throws Exception {
        Path folder = Files.createDirectories(content.resolve("lama"));
        Path moved = folder.resolve("dipindah.txt");
        Files.move(article(6), moved);
        rebuildAndCompare(article(6), folder);

        Files.delete(moved);
        Files.delete(folder);
        rebuildAndCompare(folder);
    }

    @Test
    void changesTheWatcherCouldNotNameMakeTheRebuildLookAtEveryFile() throws Exception {
        append(article(8), "\nParagraf tambahan yang tidak dilaporkan pengawas.\n");
        Files.writeString(content.resolve("tanpa_kabar.txt"), "---\ntitle: Berita Tanpa Kabar ke Pengawas\n"
                + "date: 2024-12-29T09:00:00+07:00\n---\nSURABAYA - Berita ini ditulis tanpa kabar ke pengawas.\n");
        incremental.run(SourceChanges.unknown());
        assertSameAsFreshBuild();
    }

    @Test
    void aFailedBuildMakesTheNextRebuildLookAtEveryFile() throws Exception {
        Path clash = content.resolve("kembar.txt");
        Files.writeString(clash, Files.readString(article(1)));
        assertFailed(clash);
        Files.delete(clash);
        // Added while the site was broken, and not named to the next rebuild: it must be found all the same.
        Files.writeString(content.resolve("selama_rusak.txt"), "---\ntitle: Ditulis Selagi Situs Rusak\n"
                + "date: 2024-12-28T09:00:00+07:00\n---\nMEDAN - Berita ini ditulis selagi situs gagal dibangun.\n");
        incremental.run(SourceChanges.of(Set.of(clash)));
        assertSameAsFreshBuild();
    }

    @Test
    void pathsOutsideTheContentFolderAndNonArticleFilesLeaveTheListingAlone() throws Exception {
        Path note = content.resolve("catatan.md");
        Files.writeString(note, "bukan artikel\n");
        BuildResult result = incremental.run(SourceChanges.of(Set.of(note, dir.resolve("elsewhere/x.txt"))));
        assertEquals(0, result.written());
        assertSameAsFreshBuild();
    }

    private void assertFailed(Path changed) {
        try {
            incremental.run(SourceChanges.of(Set.of(changed)));
        } catch (BuildFailedException e) {
            return;
        }
        throw new AssertionError("a build with two articles of the same slug should fail");
    }

    private void rebuildAndCompare(Path... changed) throws Exception {
        incremental.run(SourceChanges.of(Set.of(changed)));
        assertSameAsFreshBuild();
        assertEquals(0, incremental.run(SourceChanges.unknown()).written(),
                "a full look after the watched rebuild finds nothing more to write");
    }

    private void assertSameAsFreshBuild() throws Exception {
        Path fresh = dir.resolve("fresh-" + ++freshBuilds);
        new Pipeline(options(fresh)).run();
        Map<String, String> expected = SiteRun.snapshot(fresh);
        Map<String, String> actual = SiteRun.snapshot(served);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, text) -> assertEquals(text, actual.get(path), path + " differs from a fresh build"));
        assertFalse(expected.isEmpty());
    }

    private boolean servedContains(String text) throws IOException {
        return SiteRun.snapshot(served).values().stream().anyMatch(page -> page.contains(text));
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }

    private static void replace(Path file, String regex, String replacement) throws IOException {
        String before = Files.readString(file);
        String after = before.replaceFirst(regex, replacement);
        assertFalse(before.equals(after), "the edit of " + file.getFileName() + " changed nothing");
        Files.writeString(file, after);
    }
}
