package id.warta.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * Puts a rendered site into the output folder. Unchanged files are left alone (their times stay, uploads stay
 * small); changed ones are staged and moved in under a {@link Journal}, so a failed or killed build never leaves
 * a mix of two sites once the next run has started. Only files listed in the marker, written by an earlier build,
 * are ever deleted.
 *
 * <p>Pages are handed over one at a time, from any number of threads, through a {@link WriteSession}, so the
 * rendered site is never held in memory as a whole.
 */
public final class SiteWriter {
    /** Marks the folder as Warta's and lists the files of the current site, one per line. */
    public static final String MARKER = ".warta-site";
    /** The one-writer-at-a-time lock file; empty, and meaningful only while a process holds its lock. */
    public static final String LOCK = OutputLock.FILE;
    static final String JOURNAL = ".warta-journal";
    static final String STAGING = ".warta-staging";
    /**
     * Present while a first build writes straight into an empty folder; a run that finds it knows the folder held
     * nothing before that build, and empties it again (the "old site" of a first build is no site).
     */
    static final String FIRST_BUILD = ".warta-first-build";
    /** The flag's content: a stray file of that name made by someone else never empties a folder. */
    static final String FIRST_BUILD_TEXT = "warta-first-build 1: this folder was empty when a build started\n";

    /** What a write changed. */
    public record Stats(int written, int unchanged, int deleted) { }

    private final Path output;
    private final List<Path> protectedDirs;
    /**
     * What this writer's last commit left, so a writer used again and again (the preview server keeps one) need
     * not read the marker back while the marker file is as that commit left it; null when unknown.
     */
    private volatile LastCommit lastCommit;
    private volatile Duration lockPatience = Duration.ofMinutes(2);
    /** Told, once, that this writer waits for another: a build that seems to hang should say why. */
    private final Consumer<String> waiting = System.err::println;

    /** @param protectedDirs folders the output must never be or contain (content, templates, the project) */
    public SiteWriter(Path output, List<Path> protectedDirs) {
        this.output = output.toAbsolutePath().normalize();
        this.protectedDirs = List.copyOf(protectedDirs);
    }

    /**
     * Checks the output folder is Warta's to write, and finishes (journal committed) or drops (not committed) an
     * interrupted earlier write, under the folder's lock. Creates nothing when the folder does not exist yet.
     */
    public void prepare() throws OutputException {
        OutputGuard.check(output, protectedDirs);
        if (!Files.isDirectory(output)) {
            return;
        }
        try (OutputLock lock = OutputLock.acquire(output, lockPatience, waiting)) {
            prepareLocked();
        }
    }

    private void prepareLocked() throws OutputException {
        try {
            Path flag = output.resolve(FIRST_BUILD);
            if (Files.exists(flag, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.isRegularFile(flag, LinkOption.NOFOLLOW_LINKS)
                        || !FIRST_BUILD_TEXT.equals(Files.readString(flag, StandardCharsets.UTF_8))) {
                    throw new OutputException(flag + " is not the flag Warta writes, so nothing was removed;"
                            + " delete it if it is yours, or choose another --output folder");
                }
                lastCommit = null;
                emptyFolder(output);
                return;
            }
            Path journal = output.resolve(JOURNAL);
            Files.deleteIfExists(Journal.temporaryOf(journal));
            if (Files.exists(journal)) {
                lastCommit = null;
                Journal.rollForward(output, output.resolve(STAGING), journal);
            } else {
                Trees.deleteRecursively(output.resolve(STAGING));
            }
        } catch (IOException e) {
            throw new OutputException("cannot prepare " + output + ": " + WriteFailures.describe(e), e);
        }
    }

    /**
     * Starts writing a new site: {@link WriteSession#put} every file, then {@link WriteSession#commit} (or
     * {@link WriteSession#abort} to leave the old site as it was). The session holds the folder's lock until then:
     * a second writer waits for it, and gives up after {@link #lockPatience(Duration)}.
     */
    public WriteSession begin() throws OutputException {
        OutputGuard.check(output, protectedDirs);
        boolean existed = Files.isDirectory(output);
        OutputLock lock = OutputLock.acquire(output, lockPatience, waiting);
        try {
            prepareLocked();
            return new WriteSession(output, isEmpty(), existed, lastCommit, commit -> lastCommit = commit, lock);
        } catch (IOException e) {
            lock.close();
            throw new OutputException("cannot write the site into " + output + ": " + WriteFailures.describe(e), e);
        } catch (OutputException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** How long {@link #begin} waits while another writer holds the folder (two minutes unless told). */
    public SiteWriter lockPatience(Duration patience) {
        this.lockPatience = patience;
        return this;
    }

    /** Writes the site given as site-relative path → bytes. */
    public Stats write(SortedMap<String, byte[]> files) throws OutputException {
        WriteSession session = begin();
        try {
            for (var entry : files.entrySet()) {
                session.put(entry.getKey(), entry.getValue());
            }
            return session.commit();
        } catch (OutputException | RuntimeException e) {
            session.abort();
            throw e;
        }
    }

    private boolean isEmpty() throws IOException {
        if (!Files.isDirectory(output)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(output)) {
            return entries.allMatch(p -> p.getFileName().toString().equals(OutputLock.FILE));
        }
    }

    /** Removes what a killed first build left: the folder held nothing before it, so everything in it is its. */
    static void emptyFolder(Path output) throws IOException {
        if (!Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> entries = Files.list(output)) {
            for (Path entry : entries.filter(p -> !isKept(p.getFileName().toString())).toList()) {
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    Trees.deleteRecursively(entry);
                } else {
                    Files.delete(entry);
                }
            }
        }
        Durable.syncDirectory(output);
        Files.deleteIfExists(output.resolve(FIRST_BUILD));
    }

    /** The flag goes last, and the lock file stays while a writer may be waiting on it. */
    private static boolean isKept(String name) {
        return name.equals(FIRST_BUILD) || name.equals(OutputLock.FILE);
    }
}
