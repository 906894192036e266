package id.warta.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Odd files in the content folder each get a clear message naming the file, and none hangs a build. */
class SmallerInputsTest {
    private static final String ARTICLE = "---\ntitle: Banjir Rendam Jakarta Utara\ndate: 2024-11-21 09:30\n---\n"
            + "JAKARTA, KOMPAS.com - Banjir merendam sejumlah jalan di Jakarta Utara pada Kamis pagi.\n";

    @TempDir
    Path dir;
    private SiteFixture project;

    @BeforeEach
    void project() throws Exception {
        project = new SiteFixture(dir.resolve("project"));
        project.write("banjir.txt", ARTICLE);
    }

    private static void assertHas(SiteFixture.Run run, String text) {
        assertTrue(run.err().contains(text), run.err());
    }

    @Test
    void aSiteYamlLinkedFromOutsideTheContentFolderIsRefused() throws Exception {
        Path outside = Files.writeString(dir.resolve("rahasia.yaml"), "title: Rahasia\n");
        Files.createSymbolicLink(project.content.resolve("site.yaml"), outside);
        SiteFixture.Run run = project.build();
        assertEquals(1, run.exitCode(), run.err());
        assertHas(run, "site.yaml: error: is a link to a file outside the content directory; copy the settings in"
                + " instead");
    }

    @Test
    void aPipeNamedAsTheImageDoesNotHangTheBuild() throws Exception {
        Path fifo = project.content.resolve("foto.jpg");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
        project.write("banjir.txt", ARTICLE.replace("---\nJAKARTA", "image: foto.jpg\n---\nJAKARTA"));
        SiteFixture.Run run = CompletableFuture.supplyAsync(project::build).get(120, TimeUnit.SECONDS);
        assertEquals(1, run.exitCode(), run.err());
        assertHas(run, "banjir.txt:4: error: image `foto.jpg` is not a plain file (a folder, pipe or device); name"
                + " an image file");
    }

    @Test
    void aLinkedContentFolderIsNamedInAWarning() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("arsip-lain"));
        Files.writeString(elsewhere.resolve("lama.txt"), ARTICLE.replace("Banjir", "Kebakaran"));
        Files.createSymbolicLink(project.content.resolve("arsip"), elsewhere);
        SiteFixture.Run run = project.build();
        assertEquals(0, run.exitCode(), run.err());
        assertHas(run, "arsip: warning: is a link to a folder, which Warta does not follow, so the articles in it are"
                + " not read; move or copy them into the content folder");
    }

    @Test
    void utf32IsCalledUtf32WithOrWithoutItsMark() throws Exception {
        project.writeBytes("tanda.txt", ("\uFEFF" + ARTICLE).getBytes(Charset.forName("UTF-32LE")));
        project.writeBytes("polos.txt", ARTICLE.getBytes(Charset.forName("UTF-32BE")));
        SiteFixture.Run run = project.build();
        assertEquals(1, run.exitCode(), run.err());
        assertHas(run, "tanda.txt:1: error: is UTF-32 (it starts with a UTF-32 byte-order mark); save it as UTF-8");
        assertHas(run, "polos.txt:1: error: is UTF-32 (three bytes in every four are zero); save it as UTF-8");
    }

    @Test
    void aPermalinkIntoTheSitesOwnFoldersIsBlamedOnSiteYaml() throws Exception {
        project.write("site.yaml", "title: Warta\npermalink: \"tag/{slug}\"\n");
        SiteFixture.Run run = project.build();
        assertEquals(1, run.exitCode(), run.err());
        assertHas(run, "site.yaml:2: error: permalink `tag/{slug}` puts articles into `tag/`, which the site uses for"
                + " its own pages; choose another first folder, such as `berita/{slug}`");
    }

    @Test
    void aSlugThatIsRewrittenIsWarnedAbout() throws Exception {
        project.write("banjir.txt", ARTICLE.replace("---\nJAKARTA", "slug: ../../x\n---\nJAKARTA"));
        SiteFixture.Run run = project.build();
        assertEquals(0, run.exitCode(), run.err());
        assertHas(run, "banjir.txt:4: warning: slug `../../x` is not a plain URL name, so Warta makes one from it;"
                + " write lower-case letters, digits and hyphens, such as `banjir-jakarta`");
        assertTrue(Files.isRegularFile(project.output.resolve("x/index.html")));
    }
}
