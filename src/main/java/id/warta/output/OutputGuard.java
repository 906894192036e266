package id.warta.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Refuses output directories that are not Warta's to fill: the file system root, home, the project, its sources. */
final class OutputGuard {

    private OutputGuard() {
    }

    static void check(Path output, List<Path> protectedDirs) throws OutputException {
        Path target = canonical(output);
        if (target.getParent() == null) {
            throw new OutputException(output + " is the root of the file system; choose an --output folder of its own");
        }
        Path home = canonical(Path.of(System.getProperty("user.home")));
        if (target.equals(home)) {
            throw new OutputException(output + " is the home directory; choose an --output folder of its own");
        }
        for (Path dir : protectedDirs) {
            Path guarded = canonical(dir);
            if (target.equals(guarded) || guarded.startsWith(target)) {
                throw new OutputException(output + " would overwrite " + dir
                        + "; choose an --output folder outside the project's sources");
            }
        }
        if (Files.isDirectory(target) && !Files.exists(target.resolve(SiteWriter.MARKER)) && !isEmpty(target)) {
            throw new OutputException(output + " is not empty and was not made by Warta (no " + SiteWriter.MARKER
                    + " file); empty it or choose another --output folder");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new OutputException(output + " is a file, not a folder; choose another --output folder");
        }
    }

    private static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return Files.exists(absolute) ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            return absolute;
        }
    }

    private static boolean isEmpty(Path dir) throws OutputException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new OutputException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }
}
