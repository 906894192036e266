package id.warta.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The list of moves and deletions that turn the old site into the new one. It is written, atomically, only once
 * every changed file is staged; so after a kill the next run either finds no journal (the old site is intact, the
 * staging folder is dropped) or a complete one that it rolls forward (the new site).
 */
final class Journal {
    private static final String WRITE = "W\t";
    private static final String DELETE = "D\t";

    private Journal() {
    }

    static void commit(Path journal, List<String> writes, List<String> deletes) throws IOException {
        StringBuilder text = new StringBuilder();
        writes.forEach(path -> text.append(WRITE).append(path).append('\n'));
        deletes.forEach(path -> text.append(DELETE).append(path).append('\n'));
        Path temporary = journal.resolveSibling(journal.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, journal, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Applies a committed journal; safe to run again after an interruption. */
    static void rollForward(Path output, Path staging, Path journal) throws IOException, OutputException {
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        List<Path> emptied = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith(WRITE)) {
                String path = line.substring(WRITE.length());
                Path staged = SitePaths.resolveInside(staging, path);
                if (Files.exists(staged)) {
                    Path target = SitePaths.resolveInside(output, path);
                    Files.createDirectories(target.getParent());
                    Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            } else if (line.startsWith(DELETE)) {
                Path target = SitePaths.resolveInside(output, line.substring(DELETE.length()));
                if (Files.deleteIfExists(target)) {
                    emptied.add(target.getParent());
                }
            }
        }
        for (Path dir : emptied) {
            removeEmptyParents(output, dir);
        }
        Trees.deleteRecursively(staging);
        Files.deleteIfExists(journal);
    }

    private static void removeEmptyParents(Path output, Path dir) throws IOException {
        Path current = dir;
        while (current != null && current.startsWith(output) && !current.equals(output)) {
            try (var entries = Files.list(current)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(current);
            current = current.getParent();
        }
    }
}
