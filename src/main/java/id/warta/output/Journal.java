package id.warta.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The list of moves and deletions that turn the old site into the new one. It is written, atomically, only once
 * every changed file is staged and on disk; so after a kill the next run either finds no journal (the old site is
 * intact, the staging folder is dropped) or a complete one that it rolls forward (the new site).
 *
 * <p>Every entry is checked before any is applied, so a damaged or tampered journal changes nothing.
 */
final class Journal {
    static final String HEADER = "warta-journal 1";
    private static final String WRITE = "W\t";
    private static final String DELETE = "D\t";

    private record Entry(boolean write, String path, Path target, Path staged) { }

    /** A staged file and the site path it moves to. */
    record Write(String path, String stagedName) { }

    private Journal() {
    }

    /** Entries are {@code W<tab>path<tab>staged name} (or, as older builds wrote, {@code W<tab>path}) and {@code D<tab>path}. */
    static void commit(Path journal, List<Write> writes, List<String> deletes) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        writes.forEach(w -> text.append(WRITE).append(w.path()).append('\t').append(w.stagedName()).append('\n'));
        deletes.forEach(path -> text.append(DELETE).append(path).append('\n'));
        Path temporary = temporaryOf(journal);
        Durable.write(temporary, text.toString().getBytes(StandardCharsets.UTF_8));
        Durable.sync(temporary);
        Files.move(temporary, journal, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Durable.syncDirectory(journal.getParent());
    }

    /** Where the journal is written before its atomic rename; a leftover one was never committed. */
    static Path temporaryOf(Path journal) {
        return journal.resolveSibling(journal.getFileName() + ".tmp");
    }

    /** Applies a committed journal; safe to run again after an interruption. */
    static void rollForward(Path output, Path staging, Path journal) throws IOException, OutputException {
        List<Entry> entries = read(output, staging, journal);
        List<Path> emptied = new ArrayList<>();
        // Deletions first, so a page that turns from a file into a folder (or back) finds its place free.
        for (Entry entry : entries) {
            if (!entry.write() && !Files.isDirectory(entry.target(), LinkOption.NOFOLLOW_LINKS)
                    && Files.deleteIfExists(entry.target())) {
                emptied.add(entry.target().getParent());
                Durable.pauseForCrashTest();
            }
        }
        for (Path dir : emptied) {
            removeEmptyParents(output, dir);
        }
        Set<Path> folders = new HashSet<>();
        for (Entry entry : entries) {
            if (entry.write() && Files.exists(entry.staged(), LinkOption.NOFOLLOW_LINKS)) {
                if (folders.add(entry.target().getParent())) {
                    Files.createDirectories(entry.target().getParent());
                }
                Files.move(entry.staged(), entry.target(), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                Durable.pauseForCrashTest();
            }
        }
        Trees.deleteRecursively(staging);
        Files.deleteIfExists(journal);
        Durable.syncDirectory(output);
    }

    private static List<Entry> read(Path output, Path staging, Path journal) throws IOException, OutputException {
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw damaged(journal, 1, "it does not start with `" + HEADER + "`");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean write = line.startsWith(WRITE);
            if (!write && !line.startsWith(DELETE)) {
                throw damaged(journal, i + 1, "unknown entry");
            }
            String[] fields = line.substring(2).split("\t", -1);
            String path = fields[0];
            String stagedName = write && fields.length == 2 ? fields[1] : path;
            if (fields.length > (write ? 2 : 1) || !isStagedName(stagedName)) {
                throw damaged(journal, i + 1, "malformed entry");
            }
            boolean ownMarker = write && path.equals(SiteWriter.MARKER);
            if (!ownMarker && !SitePaths.isSiteFile(path)) {
                throw damaged(journal, i + 1, "`" + path + "` is not a page of the site");
            }
            try {
                entries.add(new Entry(write, path, SitePaths.resolveInside(output, path),
                        write ? SitePaths.resolveInside(staging, stagedName) : null));
            } catch (OutputException e) {
                throw damaged(journal, i + 1, e.getMessage());
            }
        }
        return entries;
    }

    /** A numbered name of this version's flat staging, or a site path as older versions staged under. */
    private static boolean isStagedName(String name) {
        return SitePaths.isPlainRelative(name);
    }

    private static OutputException damaged(Path journal, int line, String why) {
        Path output = journal.getParent();
        return new OutputException(journal + ":" + line + ": the interrupted build's journal is damaged (" + why
                + "), so nothing was applied; delete " + journal + " and " + output.resolve(SiteWriter.STAGING)
                + ", then build again");
    }

    private static void removeEmptyParents(Path output, Path dir) throws IOException {
        Path current = dir;
        while (current != null && current.startsWith(output) && !current.equals(output)) {
            if (!Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
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
