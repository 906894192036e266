package id.warta.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks, before the journal is committed, that every move it will make can succeed; a journal that cannot be
 * applied would block every later build.
 */
final class Preflight {

    private Preflight() {
    }

    /** The file's place is not a folder, and no folder on its way is a file that stays. */
    static void checkPlaceIsFree(Path output, String sitePath, Set<String> deletes) throws OutputException {
        Path target = output.resolve(sitePath);
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) && !emptiedByDeletes(output, target, deletes)) {
            throw new OutputException(target + " is a folder, but the new site has a page there; remove the folder"
                    + " and build again");
        }
        for (Path dir = target.getParent(); dir != null && !dir.equals(output); dir = dir.getParent()) {
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
                    && !deletes.contains(output.relativize(dir).toString().replace('\\', '/'))) {
                throw new OutputException(dir + " is a file, but the new site needs a folder there (for "
                        + sitePath + "); remove the file and build again");
            }
        }
    }

    /** Whether the deletions leave nothing in the folder, so it disappears before the page moves in. */
    private static boolean emptiedByDeletes(Path output, Path folder, Set<String> deletes) throws OutputException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .allMatch(p -> deletes.contains(output.relativize(p).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new OutputException("cannot read " + folder + ": " + e.getMessage(), e);
        }
    }
}
