package id.warta.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.bench.CorpusGenerator;
import id.warta.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differential test of the build cache: after every kind of edit, a build with the cache (a new run of
 * {@code warta build}, and the preview server's pipeline kept between rebuilds) writes exactly the bytes a cold
 * build writes; a cache that was deleted, truncated, corrupted, not Warta's, or made by another version changes
 * nothing in the site either.
 */
class CachedBuildTest {
    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    @TempDir
    Path dir;
    private Path content;
    private Path templates;
    private Path cacheDir;
    private CorpusGenerator corpus;
    /** Kept between builds, as {@code warta serve} keeps its pipeline. */
    private Pipeline served;
    private int coldBuilds;

    @BeforeEach
    void firstBuild() throws Exception {
        content = dir.resolve("content");
        templates = dir.resolve("templates");
        cacheDir = dir.resolve("cache");
        corpus = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED, 24);
        corpus.write(content, dir.resolve("hugo"));
        SiteRun.copyTree(Path.of("templates"), templates);
        served = new Pipeline(options(dir.resolve("served")), new CacheFolder(dir.resolve("serve-cache")));
        served.run();
        cachedBuild();
    }

    private BuildOptions options(Path output) {
        return new BuildOptions(content, templates, output, "https://contoh.id/", true, false, NOW);
    }

    /** A new run of {@code warta build} with the cache folder. */
    private BuildResult cachedBuild() throws BuildFailedException {
        return new Pipeline(options(dir.resolve("built")), new CacheFolder(cacheDir)).run();
    }

    private Path article(int index) {
        return content.resolve(corpus.wartaFileName(index));
    }

    @Test
    void afterEveryKindOfEditACachedBuildWritesWhatAColdBuildWrites() throws Exception {
        append(article(3), "\nRedaksi menambahkan paragraf ini pada suntingan.\n");
        assertBuildsAgree();

        replace(article(14), "\n---\n([^\n]*? - )[^\n]+\n", "\n---\n$1Paragraf pembuka yang baru ini mengubah"
                + " cuplikan berita di setiap daftar dan di kotak berita terkait pada halaman artikel lain.\n");
        append(article(15), "\nDua berkas disunting sekaligus dalam satu simpanan.\n");
        assertBuildsAgree();

        replace(article(7), "\ntitle: .*\n", "\ntitle: Judul Baru Sekali untuk Berita Ini\n");
        assertBuildsAgree();

        replace(article(11), "\ndate: .*\n", "\ndate: 2024-12-31T23:00:00+07:00\n");
        assertBuildsAgree();

        replace(article(12), "\ntags: .*\n", "\ntags: [topik-baru, ekonomi]\n");
        assertBuildsAgree();

        Files.writeString(content.resolve("zz_baru.txt"), "---\ntitle: Berita yang Baru Saja Ditulis\ndate:"
                + " 2024-12-30T09:00:00+07:00\ntags: [ekonomi]\n---\nJAKARTA - Sebuah berita baru ditulis redaksi"
                + " pada Senin pagi ini.\n");
        assertBuildsAgree();

        Files.delete(article(20));
        assertBuildsAgree();

        Files.move(article(21), content.resolve("aa_nama_baru.txt"));
        assertBuildsAgree();

        replace(article(5), "\ntitle: .*\n", "\ntitle: Judul Baru dengan Tanggal Sama\n");
        replace(article(5), "\ndate: .*\n", "\ndate: 2024-12-29T08:00:00+07:00\n");
        Files.writeString(content.resolve(SiteConfigLoader.FILE_NAME), "title: Kabar Kota\nperPage: 7\n");
        assertBuildsAgree();

        replace(templates.resolve("article.ftlh"), "</article>", "<p>Terima kasih telah membaca.</p></article>");
        assertBuildsAgree();
        assertTrue(builtContains("<p>Terima kasih telah membaca.</p></article>"));
    }

    @Test
    void aReadAlsoTargetThatAppearsOrDisappearsRelinksTheArticlesNamingIt() throws Exception {
        String link = ">Pelabuhan Terapung Pertama Dibuka di Teluk Tomini</a>";
        append(article(2), "\nBaca juga: Pelabuhan Terapung Pertama Dibuka di Teluk Tomini\n");
        assertBuildsAgree();
        assertFalse(builtContains(link), "no article has that headline yet");

        Path target = article(9);
        String before = Files.readString(target);
        replace(target, "\ntitle: .*\n", "\ntitle: Pelabuhan Terapung Pertama Dibuka di Teluk Tomini\n");
        assertBuildsAgree();
        assertTrue(builtContains(link), "the read-also line links to the article now");

        Files.writeString(target, before);
        assertBuildsAgree();
        assertFalse(builtContains(link), "the read-also line is plain text again");
    }

    /**
     * An article file may be a link to another file inside the content folder; an edit of the target is an edit of
     * the article, however the file's time stamps or a watcher's events read.
     */
    @Test
    void editingTheTargetOfALinkedArticleRebuildsItsPage() throws Exception {
        Path linked = article(3);
        Path target = content.resolve(".naskah-asli.txt");
        Files.move(linked, target);
        Files.createSymbolicLink(linked, target.getFileName());
        assertBuildsAgree();
        String before = Files.readString(target);
        Files.writeString(target, before + "\nRedaksi menambahkan paragraf penutup ini setelah berita terbit.\n");
        Files.setLastModifiedTime(target, Files.getLastModifiedTime(linked));
        assertBuildsAgree();
    }

    @Test
    void aBuildWithNothingChangedWritesNothing() throws Exception {
        assertEquals(0, cachedBuild().written());
        assertEquals(0, served.run().written());
    }

    /** What can happen to a cache folder between two builds. */
    enum Damage { DELETED, TRUNCATED, CORRUPTED, NOT_WARTAS, OTHER_VERSION }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void aDamagedCacheGivesTheSiteAColdBuildGivesWithOneWarning(Damage damage) throws Exception {
        append(article(4), "\nParagraf ini ditambahkan sebelum cache dirusak.\n");
        cachedBuild();
        damage(damage);
        append(article(6), "\nParagraf ini ditambahkan sesudah cache dirusak.\n");

        BuildResult result = cachedBuild();

        assertSameAsColdBuild(dir.resolve("built"));
        List<Problem> cacheWarnings = result.warnings().stream().filter(p -> p.file().startsWith(cacheDir.toString()))
                .toList();
        boolean warned = damage == Damage.TRUNCATED || damage == Damage.CORRUPTED || damage == Damage.NOT_WARTAS;
        assertEquals(warned ? 1 : 0, cacheWarnings.size(), cacheWarnings.toString());
        if (warned) {
            assertTrue(cacheWarnings.get(0).message().startsWith("is not a whole cache file (damaged, truncated or"
                    + " not Warta's), so it was ignored and is made again"), cacheWarnings.get(0).message());
        }
        assertEquals(List.of(), cachedBuild().warnings().stream()
                .filter(p -> p.file().startsWith(cacheDir.toString())).toList(), "the cache was made again");
    }

    @Test
    void aCacheFolderThatCannotBeWrittenMeansAColdBuildWithAWarning() throws Exception {
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where the cache folder should be\n");
        BuildResult result = new Pipeline(options(dir.resolve("built")), new CacheFolder(blocked)).run();

        assertSameAsColdBuild(dir.resolve("built"));
        assertTrue(result.warnings().stream().anyMatch(p -> p.file().equals(blocked.toString())
                && p.message().startsWith("the build cache cannot be written (")), result.warnings().toString());
    }

    @Test
    void aCacheFolderInsideTheOutputFolderIsNotUsed() throws Exception {
        Path output = dir.resolve("built");
        BuildResult result = new Pipeline(options(output), new CacheFolder(output.resolve("cache"))).run();

        assertFalse(Files.exists(output.resolve("cache")), "nothing of the cache is published");
        assertTrue(result.warnings().stream().anyMatch(p -> p.message().startsWith("the build cache is inside the"
                + " output folder")), result.warnings().toString());
    }

    private void damage(Damage damage) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(cacheDir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            switch (damage) {
                case DELETED -> Files.delete(file);
                case TRUNCATED -> Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
                case CORRUPTED -> {
                    bytes[bytes.length / 2] ^= 0x20;
                    Files.write(file, bytes);
                }
                case NOT_WARTAS -> Files.writeString(file, "{\"not\": \"a cache\"}\n");
                case OTHER_VERSION -> {
                    CacheFiles.Read read = CacheFiles.read(file, CodeVersion.current());
                    assertEquals(CacheFiles.Status.READ, read.status());
                    CacheFiles.write(file, "0.0.1 another-build", read.body());
                }
            }
        }
    }

    private void assertBuildsAgree() throws Exception {
        cachedBuild();
        served.run();
        assertSameAsColdBuild(dir.resolve("built"));
        assertSameAsColdBuild(dir.resolve("served"));
        assertEquals(0, cachedBuild().written(), "a second cached build finds nothing more to write");
    }

    private void assertSameAsColdBuild(Path actualRoot) throws Exception {
        Path cold = dir.resolve("cold-" + ++coldBuilds);
        new Pipeline(options(cold)).run();
        Map<String, String> expected = SiteRun.snapshot(cold);
        Map<String, String> actual = SiteRun.snapshot(actualRoot);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, text) -> assertEquals(text, actual.get(path), path + " differs from a cold build"));
        assertFalse(expected.isEmpty());
    }

    private boolean builtContains(String text) throws IOException {
        return SiteRun.snapshot(dir.resolve("built")).values().stream().anyMatch(page -> page.contains(text));
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
