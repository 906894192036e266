package id.warta.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Refuses output directories that are not Warta's to fill: the file system root, home, the project (the current
 * directory), its sources, anything holding one of those, and non-empty folders another program made.
 */
final class OutputGuard {

    private OutputGuard() {
    }

    static void check(Path output, List<Path> protectedDirs) throws OutputException {
        Path target = canonical(output);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new OutputException(output + " is a file, not a folder; choose another --output folder");
        }
        if (target.getParent() == null) {
            throw new OutputException(output + " is the root of the file system; choose an --output folder of its own");
        }
        Path home = canonical(Path.of(System.getProperty("user.home")));
        if (home.startsWith(target)) {
            throw new OutputException(output + (target.equals(home) ? " is" : " holds") + " the home directory;"
                    + " choose an --output folder of its own, such as site-out");
        }
        Path project = canonical(Path.of(""));
        if (project.startsWith(target)) {
            throw new OutputException(output + (target.equals(project) ? " is" : " holds")
                    + " the project folder (the current directory); choose an --output folder of its own,"
                    + " such as site-out");
        }
        for (Path dir : protectedDirs) {
            Path guarded = canonical(dir);
            if (guarded.startsWith(target) || target.startsWith(guarded)) {
                throw new OutputException(output + " would overwrite " + dir
                        + "; choose an --output folder outside the project's sources, such as site-out");
            }
        }
        if (Files.isDirectory(target) && !isWartas(target)) {
            throw new OutputException(output + " is not empty and was not made by Warta (no " + SiteWriter.MARKER
                    + " file); empty it or choose another --output folder");
        }
    }

    /**
     * A path with every link resolved: the real path of its longest existing start, plus the rest as written, so a
     * folder not made yet under a link is judged by where it would really be.
     */
    static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }

    /** Warta's when marked, or when it holds what an interrupted first build leaves (its flag, or only Warta's own names). */
    private static boolean isWartas(Path dir) throws OutputException {
        if (Files.isRegularFile(dir.resolve(SiteWriter.MARKER), LinkOption.NOFOLLOW_LINKS)
                || Files.isRegularFile(dir.resolve(SiteWriter.JOURNAL), LinkOption.NOFOLLOW_LINKS)
                || Files.isRegularFile(dir.resolve(SiteWriter.FIRST_BUILD), LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.allMatch(p -> p.getFileName().toString().startsWith(SitePaths.RESERVED_PREFIX));
        } catch (IOException e) {
            throw new OutputException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }
}
