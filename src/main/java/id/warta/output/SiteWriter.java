package id.warta.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * a mix of two sites. Only files listed in the marker, written by an earlier build, are ever deleted.
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

    /** Checks the output folder is Warta's to write, and finishes or drops an interrupted earlier write. */
    public void prepare() throws OutputException {
        OutputGuard.check(output, protectedDirs);
        try {
            Files.createDirectories(output);
            Path journal = output.resolve(JOURNAL);
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
            for (var entry : files.entrySet()) {
                Path target = SitePaths.resolveInside(output, entry.getKey());
                if (sameBytes(target, entry.getValue())) {
                    unchanged++;
                    continue;
                }
                Path staged = SitePaths.resolveInside(staging, entry.getKey());
                Files.createDirectories(staged.getParent());
                Files.write(staged, entry.getValue());
                writes.add(entry.getKey());
            }
            Set<String> previous = readMarker();
            List<String> deletes = previous.stream().filter(p -> !files.containsKey(p)).sorted().toList();
            byte[] marker = (String.join("\n", files.keySet()) + "\n").getBytes(StandardCharsets.UTF_8);
            if (!sameBytes(output.resolve(MARKER), marker)) {
                Files.createDirectories(staging);
                Files.write(staging.resolve(MARKER), marker);
                writes.add(MARKER);
            }
            if (writes.isEmpty() && deletes.isEmpty()) {
                Trees.deleteRecursively(staging);
                return new Stats(0, unchanged, 0);
            }
            Path journal = output.resolve(JOURNAL);
            Journal.commit(journal, writes, deletes);
            Journal.rollForward(output, staging, journal);
            int written = writes.contains(MARKER) ? writes.size() - 1 : writes.size();
            return new Stats(written, unchanged, deletes.size());
        } catch (IOException e) {
            throw new OutputException("cannot write the site into " + output + ": " + e, e);
        }
    }

    private Set<String> readMarker() throws IOException {
        Path marker = output.resolve(MARKER);
        if (!Files.exists(marker)) {
            return Set.of();
        }
        Set<String> paths = new TreeSet<>();
        for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                paths.add(line.strip());
            }
        }
        return paths;
    }

    private static boolean sameBytes(Path target, byte[] bytes) throws IOException {
        if (!Files.isRegularFile(target) || Files.size(target) != bytes.length) {
            return false;
        }
        return Arrays.equals(Files.readAllBytes(target), bytes);
    }
}
