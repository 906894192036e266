package id.warta.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import id.warta.output.SiteWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real build process while it writes, then starts the next run (which first finishes or drops the
 * interrupted write): the output must be exactly the old site or exactly the new one, never a mix.
 */
class KillDuringWriteTest {
    private static final int ARTICLES = 400;
    /** Test-only pause per file in the child build, so the kill lands mid-write (see output.Durable). */
    private static final String DELAY = "-Dwarta.output.testOnlyDelayPerFileMillis=3";

    @TempDir
    static Path dir;
    private static SiteFixture project;
    private static SortedMap<String, String> oldSite;
    private static SortedMap<String, String> newSite;
    private static Path oldOutput;

    @BeforeAll
    static void buildOldAndNewReferenceSites() throws Exception {
        project = new SiteFixture(dir.resolve("project"));
        for (int i = 0; i < ARTICLES; i++) {
            project.write(String.format("%04d.txt", i), article(i, "lama"));
        }
        oldOutput = dir.resolve("old");
        assertEquals(0, project.buildInto(oldOutput).exitCode());
        oldSite = SiteFixture.snapshot(oldOutput);
        // The new site changes most articles, drops some and adds others: writes and deletions both happen.
        for (int i = 0; i < ARTICLES; i++) {
            Path file = project.content.resolve(String.format("%04d.txt", i));
            if (i % 10 == 0) {
                Files.delete(file);
            } else if (i % 3 != 0) {
                Files.writeString(file, article(i, "baru"));
            }
        }
        for (int i = ARTICLES; i < ARTICLES + 100; i++) {
            project.write(String.format("%04d.txt", i), article(i, "baru"));
        }
        Path newOutput = dir.resolve("new");
        assertEquals(0, project.buildInto(newOutput).exitCode());
        newSite = SiteFixture.snapshot(newOutput);
    }

    private static String article(int n, String version) {
        return "---\ntitle: Berita Nomor " + n + "\n---\nJAKARTA, KOMPAS.com - Isi berita " + n + " versi " + version
                + ".\nParagraf kedua berita " + n + ".\n";
    }

    private Process startBuild(Path output) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, DELAY, "-cp", System.getProperty("java.class.path"),
                "id.warta.cli.Main", "build", "--content", project.content.toString(), "--templates",
                project.templates.toString(), "--output", output.toString()));
        return new ProcessBuilder(command).directory(project.root.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private Path copyOfOldSite(String name) throws Exception {
        Path output = dir.resolve(name);
        SiteFixture.copyTree(oldOutput, output);
        return output;
    }

    /** Kills the build once {@code moment} holds; returns false when the build finished first. */
    private boolean killWhen(Process build, Predicate<Void> moment) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (moment.test(null)) {
                build.destroyForcibly();
                build.waitFor();
                return true;
            }
            if (!build.isAlive()) {
                return false;
            }
            Thread.sleep(2);
        }
        build.destroyForcibly();
        fail("the build neither reached the moment nor finished");
        return false;
    }

    private static long count(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (var walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).count();
        } catch (Exception e) {
            return 0; // the build is moving files away under us; try again
        }
    }

    private static List<Path> emptyFolders(Path output) throws Exception {
        try (var walk = Files.walk(output)) {
            return walk.filter(Files::isDirectory).filter(d -> {
                try (var inside = Files.list(d)) {
                    return inside.findAny().isEmpty();
                } catch (Exception e) {
                    return false;
                }
            }).toList();
        }
    }

    private SortedMap<String, String> afterNextRunStarts(Path output) throws Exception {
        new SiteWriter(output, List.of(project.content, project.templates)).prepare();
        return SiteFixture.snapshot(output);
    }

    @Test
    void killWhileStagingLeavesTheOldSite() throws Exception {
        Path output = copyOfOldSite("staging-kill");
        Path staging = output.resolve(".warta-staging");
        Process build = startBuild(output);
        assertTrue(killWhen(build, v -> count(staging) > 100), "the build was killed while staging");
        assertTrue(Files.exists(staging), "the kill left staged files behind");
        assertEquals(oldSite, afterNextRunStarts(output));
    }

    @Test
    void killWhileApplyingTheJournalLeavesTheNewSite() throws Exception {
        Path output = copyOfOldSite("journal-kill");
        Path journal = output.resolve(".warta-journal");
        Path staging = output.resolve(".warta-staging");
        Process build = startBuild(output);
        long[] staged = {0};
        assertTrue(killWhen(build, v -> {
            if (!Files.exists(journal)) {
                staged[0] = Math.max(staged[0], count(staging));
                return false;
            }
            return count(staging) < staged[0] / 2;
        }), "the build was killed while moving files in");
        assertTrue(Files.exists(journal), "the kill left a committed journal behind");
        SortedMap<String, String> killed = SiteFixture.snapshot(output);
        assertTrue(!killed.equals(oldSite), "the kill left a mix of old and new files");
        // Pages are replaced in one rename each and the old site's extra pages deleted last: even before the
        // next run finishes the journal, no page of the old site is missing.
        List<String> missing = oldSite.keySet().stream().filter(p -> !killed.containsKey(p)).toList();
        assertEquals(List.of(), missing, "pages missing between the kill and the next run");
        assertEquals(newSite, afterNextRunStarts(output));
        assertEquals(List.of(), emptyFolders(output), "the finished journal left empty folders");
    }

    @Test
    void killAtSeveralMomentsLeavesTheOldOrTheNewSite() throws Exception {
        for (int moment = 1; moment <= 3; moment++) {
            Path output = copyOfOldSite("kill-" + moment);
            Process build = startBuild(output);
            Thread.sleep(700L * moment);
            build.destroyForcibly();
            build.waitFor();
            SortedMap<String, String> after = afterNextRunStarts(output);
            assertTrue(after.equals(oldSite) || after.equals(newSite), "kill after " + 700 * moment
                    + " ms left a mix: " + after.size() + " files");
        }
    }

    @Test
    void theNextBuildAfterAKillBuildsTheNewSite() throws Exception {
        Path output = copyOfOldSite("rebuild");
        Process build = startBuild(output);
        killWhen(build, v -> Files.exists(output.resolve(".warta-staging")));
        assertEquals(0, project.buildInto(output).exitCode());
        assertEquals(newSite, SiteFixture.snapshot(output));
        assertFalse(Files.exists(output.resolve(".warta-staging")));
        assertEquals(List.of(), emptyFolders(output), "removed articles left empty folders");
    }
}
