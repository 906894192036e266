package id.warta.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;

/**
 * The list of moves and deletions that turn the old site into the new one. It is written, atomically, only once
 * every changed file is staged and on disk; so after a kill the next run either finds no journal (the old site is
 * intact, the staging folder is dropped) or a complete one that it rolls forward (the new site).
 *
 * <p>Every entry carries its own checksum and the journal ends with a count and a digest of all entries, so a
 * damaged or cut-off journal is refused whole: every entry is checked before any is applied.
 *
 * <p>Applying it replaces each changed page with one rename (a rename replaces its target), so a page is never
 * missing, not even between a kill and the next run; pages the new site no longer has are deleted last, and the
 * folders that leaves empty go with them.
 */
final class Journal {
    static final String HEADER = "warta-journal 2";
    private static final String WRITE = "W";
    private static final String DELETE = "D";
    private static final String END = "E";

    private record Entry(boolean write, String path, Path target, Path staged) { }

    /** A staged file and the site path it moves to. */
    record Write(String path, String stagedName) { }

    private Journal() {
    }

    static void commit(Path journal, List<Write> writes, List<String> deletes) throws IOException {
        Path temporary = temporaryOf(journal);
        try {
            Durable.write(temporary, text(writes, deletes).getBytes(StandardCharsets.UTF_8));
            Durable.sync(temporary);
            Files.move(temporary, journal, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(temporary); // A disk-full failure must not leave a half journal behind.
            throw e;
        }
        Durable.syncDirectory(journal.getParent());
    }

    /**
     * The journal's text: the header, {@code W<tab>path<tab>staged name<tab>crc} and {@code D<tab>path<tab>crc}
     * lines, then {@code E<tab>entry count<tab>SHA-256 of the entry lines}.
     */
    static String text(List<Write> writes, List<String> deletes) {
        List<String> entries = new ArrayList<>();
        writes.forEach(w -> entries.add(WRITE + "\t" + w.path() + "\t" + w.stagedName()));
        deletes.forEach(path -> entries.add(DELETE + "\t" + path));
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (String entry : entries) {
            text.append(entry).append('\t').append(crc(entry)).append('\n');
        }
        return text.append(END).append('\t').append(entries.size()).append('\t').append(digest(entries))
                .append('\n').toString();
    }

    /** Where the journal is written before its atomic rename; a leftover one was never committed. */
    static Path temporaryOf(Path journal) {
        return journal.resolveSibling(journal.getFileName() + ".tmp");
    }

    /** Applies a committed journal; safe to run again after an interruption. */
    static void rollForward(Path output, Path staging, Path journal) throws IOException, OutputException {
        List<Entry> entries = read(output, staging, journal);
        Set<Path> deletes = new LinkedHashSet<>();
        entries.stream().filter(e -> !e.write()).forEach(e -> deletes.add(e.target()));
        Set<Path> emptied = new TreeSet<>();
        Set<Path> folders = new java.util.HashSet<>();
        for (Entry entry : entries) {
            if (entry.write() && Files.exists(entry.staged(), LinkOption.NOFOLLOW_LINKS)) {
                makeRoom(output, entry.target(), deletes, emptied);
                if (folders.add(entry.target().getParent())) {
                    Files.createDirectories(entry.target().getParent());
                }
                Files.move(entry.staged(), entry.target(), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                Durable.pauseForCrashTest();
            }
        }
        for (Path target : deletes) {
            if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                if (Files.deleteIfExists(target)) {
                    Durable.pauseForCrashTest();
                }
                // Also when a killed run deleted it already: its folder may still be left to remove.
                emptied.add(target.getParent());
            }
        }
        // Deepest first, so a folder emptied of its only sub-folder goes too.
        for (Path dir : ((TreeSet<Path>) emptied).descendingSet()) {
            removeEmptyParents(output, dir);
        }
        Trees.deleteRecursively(staging);
        Files.deleteIfExists(journal);
        Durable.syncDirectory(output);
    }

    /**
     * Deletes early only what stands in a new page's way: an old page that was a file where the new site needs a
     * folder, or the old pages in a folder where the new site has a file.
     */
    private static void makeRoom(Path output, Path target, Set<Path> deletes, Set<Path> emptied) throws IOException {
        for (Path dir = target.getParent(); dir != null && !dir.equals(output); dir = dir.getParent()) {
            if (deletes.remove(dir) && Files.isRegularFile(dir, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(dir);
            }
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            List<Path> inside = deletes.stream().filter(p -> p.startsWith(target)).toList();
            for (Path old : inside) {
                deletes.remove(old);
                Files.deleteIfExists(old);
                emptied.add(old.getParent());
            }
            List<Path> dirs = new ArrayList<>(emptied.stream().filter(p -> p.startsWith(target)).toList());
            dirs.sort(java.util.Comparator.reverseOrder());
            for (Path dir : dirs) {
                removeEmptyParents(target.getParent(), dir);
            }
        }
    }

    private static List<Entry> read(Path output, Path staging, Path journal) throws IOException, OutputException {
        List<String> lines = lines(journal);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw damaged(journal, 1, "it does not start with `" + HEADER + "`");
        }
        List<String> bodies = new ArrayList<>();
        int end = -1;
        for (int i = 1; i < lines.size() && end < 0; i++) {
            String line = lines.get(i);
            if (line.startsWith(END + "\t")) {
                end = i;
                break;
            }
            int tab = line.lastIndexOf('\t');
            if (tab < 0 || !line.substring(tab + 1).equals(crc(line.substring(0, tab)))) {
                throw damaged(journal, i + 1, "the entry does not match its checksum");
            }
            bodies.add(line.substring(0, tab));
        }
        if (end < 0) {
            throw damaged(journal, lines.size(), "it is cut off: its end line is missing");
        }
        if (end != lines.size() - 1
                || !lines.get(end).equals(END + "\t" + bodies.size() + "\t" + digest(bodies))) {
            throw damaged(journal, end + 1, "the end line does not match the entries");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            entries.add(entry(output, staging, journal, i + 2, bodies.get(i)));
        }
        return entries;
    }

    private static Entry entry(Path output, Path staging, Path journal, int line, String body)
            throws OutputException {
        String[] fields = body.split("\t", -1);
        boolean write = fields[0].equals(WRITE);
        if (!(write && fields.length == 3) && !(fields[0].equals(DELETE) && fields.length == 2)) {
            throw damaged(journal, line, "malformed entry");
        }
        String path = fields[1];
        if (write && !SitePaths.isPlainRelative(fields[2])) {
            throw damaged(journal, line, "malformed entry");
        }
        boolean ownMarker = write && path.equals(SiteWriter.MARKER);
        if (!ownMarker && !SitePaths.isSiteFile(path)) {
            throw damaged(journal, line, "`" + path + "` is not a page of the site");
        }
        try {
            return new Entry(write, path, SitePaths.resolveInside(output, path),
                    write ? SitePaths.resolveInside(staging, fields[2]) : null);
        } catch (OutputException e) {
            throw damaged(journal, line, e.getMessage());
        }
    }

    /** The journal's lines; bytes that are not UTF-8 (random damage) make it damaged, not a decoding crash. */
    private static List<String> lines(Path journal) throws IOException, OutputException {
        byte[] bytes = Files.readAllBytes(journal);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw damaged(journal, 1, "it is not text");
        }
        if (!text.endsWith("\n")) {
            throw damaged(journal, (int) text.lines().count(), "it is cut off: its last line is incomplete");
        }
        return text.lines().toList();
    }

    private static String crc(String entry) {
        CRC32 crc = new CRC32();
        crc.update(entry.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }

    private static String digest(List<String> entries) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String entry : entries) {
                sha.update(entry.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static OutputException damaged(Path journal, int line, String why) {
        Path output = journal.getParent();
        return new OutputException(journal + ":" + line + ": the interrupted build's journal is damaged (" + why
                + "), so nothing was applied; delete " + journal + " and " + output.resolve(SiteWriter.STAGING)
                + ", then build again");
    }

    /** Removes {@code dir} and its parents up to {@code output} (kept) while they are empty folders. */
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
