package id.warta.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real build processes of two different sites into one output folder at the same time, slowed down so their
 * writes overlap: the second waits for the first's lock, both succeed, and the folder ends up exactly one of the
 * two sites, never a mix.
 */
class ConcurrentBuildsTest {
    private static final int ARTICLES = 60;
    private static final int ROUNDS = 1;
    /** Test-only pause per file, so the two builds' writes would overlap without the lock (see output.Durable). */
    private static final String DELAY = "-Dwarta.output.testOnlyDelayPerFileMillis=3";

    @TempDir
    Path dir;

    private static String article(int n, String version) {
        return "---\ntitle: Berita " + version + " Nomor " + n + "\n---\nJAKARTA, KOMPAS.com - Isi berita " + n
                + " versi " + version + ".\nParagraf kedua berita " + n + ".\n";
    }

    private SiteFixture project(String name, String version, int count) throws Exception {
        SiteFixture project = new SiteFixture(dir.resolve(name));
        for (int i = 0; i < count; i++) {
            project.write(String.format("%04d.txt", i), article(i, version));
        }
        return project;
    }

    private static Process startBuild(SiteFixture project, Path output) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, DELAY, "-cp", System.getProperty("java.class.path"),
                "id.warta.cli.Main", "build", "--quiet", "--content", project.content.toString(), "--templates",
                project.templates.toString(), "--output", output.toString()));
        return new ProcessBuilder(command).directory(project.root.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    @Test
    void twoBuildsIntoOneFolderLeaveOneWholeSite() throws Exception {
        SiteFixture lama = project("lama", "lama", ARTICLES);
        SiteFixture baru = project("baru", "baru", ARTICLES - 20);
        assertEquals(0, lama.buildInto(dir.resolve("ref-lama")).exitCode());
        assertEquals(0, baru.buildInto(dir.resolve("ref-baru")).exitCode());
        SortedMap<String, String> siteLama = SiteFixture.snapshot(dir.resolve("ref-lama"));
        SortedMap<String, String> siteBaru = SiteFixture.snapshot(dir.resolve("ref-baru"));
        Path shared = dir.resolve("shared");
        assertEquals(0, lama.buildInto(shared).exitCode());
        for (int round = 0; round < ROUNDS; round++) {
            Process first = startBuild(baru, shared);
            Process second = startBuild(round % 2 == 0 ? lama : baru, shared);
            assertTrue(first.waitFor(120, TimeUnit.SECONDS) && second.waitFor(120, TimeUnit.SECONDS), "builds hung");
            assertEquals(0, first.exitValue(), "round " + round);
            assertEquals(0, second.exitValue(), "round " + round);
            SortedMap<String, String> now = SiteFixture.snapshot(shared);
            assertTrue(now.equals(siteLama) || now.equals(siteBaru), "round " + round + ": a mix of the two sites; "
                    + "differing from lama: " + differing(now, siteLama) + "; from baru: " + differing(now, siteBaru));
        }
    }

    /** The files one snapshot has with other bytes than the other, or has alone, for the failure message. */
    private static List<String> differing(SortedMap<String, String> a, SortedMap<String, String> b) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        return names.stream().filter(n -> !java.util.Objects.equals(a.get(n), b.get(n))).limit(8).toList();
    }
}
