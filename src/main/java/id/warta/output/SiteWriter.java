package id.warta.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Puts a rendered site into the output folder. Unchanged files are left alone (their times stay, uploads stay
 * small); changed ones are staged and moved in under a {@link Journal}, so a failed or killed build never leaves
 * a mix of two sites once the next run has started. Only files listed in the marker, written by an earlier build,
 * are ever deleted.
 */
public final class SiteWriter {
    /** Marks the folder as Warta's and lists the files of the current site, one per line. */
    public static final String MARKER = ".warta-site";
    static final String JOURNAL = ".warta-journal";
    static final String STAGING = ".warta-staging";

    /** What a write changed. */
    public record Stats(int written, int unchanged, int deleted) { }

    private final Path output;
    private final List<Path> protectedDirs;

    /** @param protectedDirs folders the output must never be or contain (content, templates, the project) */
    public SiteWriter(Path output, List<Path> protectedDirs) {
        this.output = output.toAbsolutePath().normalize();
        this.protectedDirs = List.copyOf(protectedDirs);
    }

    /**
     * Checks the output folder is Warta's to write, and finishes (journal committed) or drops (not committed) an
     * interrupted earlier write. Creates nothing when the folder does not exist yet.
     */
    public void prepare() throws OutputException {
        OutputGuard.check(output, protectedDirs);
        if (!Files.isDirectory(output)) {
            return;
        }
        try {
            Path journal = output.resolve(JOURNAL);
            Files.deleteIfExists(Journal.temporaryOf(journal));
            if (Files.exists(journal)) {
                Journal.rollForward(output, output.resolve(STAGING), journal);
            } else {
                Trees.deleteRecursively(output.resolve(STAGING));
            }
        } catch (IOException e) {
            throw new OutputException("cannot prepare " + output + ": " + e, e);
        }
    }

    /** Writes the site given as site-relative path → bytes. */
    public Stats write(SortedMap<String, byte[]> files) throws OutputException {
        prepare();
        Path staging = output.resolve(STAGING);
        List<String> writes = new ArrayList<>();
        int unchanged = 0;
        try {
            Files.createDirectories(output);
            Set<String> previous = readMarker();
            Set<String> deletes = new TreeSet<>();
            for (String old : previous) {
                if (!files.containsKey(old) && Files.isRegularFile(SitePaths.resolveInside(output, old),
                        LinkOption.NOFOLLOW_LINKS)) {
                    deletes.add(old);
                }
            }
            for (var entry : files.entrySet()) {
                Path target = SitePaths.resolveSiteFile(output, entry.getKey());
                if (sameBytes(target, entry.getValue())) {
                    unchanged++;
                    continue;
                }
                Preflight.checkPlaceIsFree(output, entry.getKey(), deletes);
                Path staged = SitePaths.resolveInside(staging, entry.getKey());
                Files.createDirectories(staged.getParent());
                Durable.write(staged, entry.getValue());
                writes.add(entry.getKey());
                Durable.pauseForCrashTest();
            }
            byte[] marker = (String.join("\n", files.keySet()) + "\n").getBytes(StandardCharsets.UTF_8);
            if (!sameBytes(output.resolve(MARKER), marker)) {
                Files.createDirectories(staging);
                Durable.write(staging.resolve(MARKER), marker);
                writes.add(MARKER);
            }
            if (writes.isEmpty() && deletes.isEmpty()) {
                Trees.deleteRecursively(staging);
                return new Stats(0, unchanged, 0);
            }
            Path journal = output.resolve(JOURNAL);
            Journal.commit(journal, writes, List.copyOf(deletes));
            Journal.rollForward(output, staging, journal);
            int written = writes.contains(MARKER) ? writes.size() - 1 : writes.size();
            return new Stats(written, unchanged, deletes.size());
        } catch (IOException e) {
            throw new OutputException("cannot write the site into " + output + ": " + e, e);
        }
    }

    /** The files of the previous site; lines that are not plain site paths (a hand-edited marker) are never used. */
    private Set<String> readMarker() throws IOException {
        Path marker = output.resolve(MARKER);
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            return Set.of();
        }
        Set<String> paths = new TreeSet<>();
        for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
            String path = line.strip();
            if (SitePaths.isSiteFile(path) && isFreeOfLinks(path)) {
                paths.add(path);
            }
        }
        return paths;
    }

    private boolean isFreeOfLinks(String path) {
        try {
            SitePaths.resolveInside(output, path);
            return true;
        } catch (OutputException e) {
            return false;
        }
    }

    private static boolean sameBytes(Path target, byte[] bytes) throws IOException {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) || Files.size(target) != bytes.length) {
            return false;
        }
        return Arrays.equals(Files.readAllBytes(target), bytes);
    }
}
