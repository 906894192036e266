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

    /** The files of the previous site; lines that are not plain site paths (a hand-edited marker) are never used. */
    static Set<String> read(Path output) throws IOException {
        Path marker = output.resolve(SiteWriter.MARKER);
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            return Set.of();
        }
        Set<String> paths = new TreeSet<>();
        for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
            String path = line.strip();
            if (SitePaths.isSiteFile(path) && isFreeOfLinks(output, path)) {
                paths.add(path);
            }
        }
        return paths;
    }

    private static boolean isFreeOfLinks(Path output, String path) {
        try {
            SitePaths.resolveInside(output, path);
            return true;
        } catch (OutputException e) {
            return false;
        }
    }
}
