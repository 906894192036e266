package id.warta.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/** Reads {@link SiteWriter#MARKER}: the files the previous build wrote, the only ones a build may delete. */
final class Marker {

    private Marker() {
    }

    /**
     * The files of the previous site; lines that are not plain site paths (a hand-edited marker) are never used.
     * Whether a path runs through a link is checked only when it is to be deleted ({@link #deletable}): checking all
     * of them cost a file-system call per folder per page on every preview rebuild.
     */
    static Set<String> read(Path output) throws IOException {
        Path marker = output.resolve(SiteWriter.MARKER);
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            return Set.of();
        }
        Set<String> paths = new TreeSet<>();
        for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
            String path = line.strip();
            if (SitePaths.isSiteFile(path)) {
                paths.add(path);
            }
        }
        return paths;
    }

    /** The file to delete for a path of the previous site, or null when it runs through a link or is gone. */
    static Path deletable(Path output, String path) {
        try {
            Path file = SitePaths.resolveInside(output, path);
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? file : null;
        } catch (OutputException e) {
            return null;
        }
    }
}
