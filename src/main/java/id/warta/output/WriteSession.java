package id.warta.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * One write of a site, fed a file at a time from any number of threads and then committed or aborted.
 *
 * <p>Into a folder that already holds a site, each file is compared with the one there (size first, then bytes);
 * only changed files are staged, under flat numbered names ({@code .warta-staging/17}) so staging needs no folder
 * per page, and the commit moves them in under a {@link Journal}. Into an empty folder there is no old site to
 * keep, so files go straight to their places while a {@link SiteWriter#FIRST_BUILD} flag says the folder is to be
 * emptied again should the build not finish: half the file-system calls of staging, and still never a mix.
 *
 * <p>A session told what the writer's last commit left ({@link LastCommit}, still matching the marker on disk)
 * takes the old site's paths from it instead of the marker file, and when the new site has exactly those paths,
 * as after most edits in the preview server, neither sorts them nor rewrites the marker.
 */
public final class WriteSession {
    private final Path output;
    private final Path staging;
    private final boolean direct;
    private final boolean outputExisted;
    /** The old site's paths: each a plain site path, checked when read from the marker or when last put or kept. */
    private final Set<String> previous;
    /** Whether {@link #previous} is exactly what the marker on disk lists (it came from the last commit). */
    private final boolean previousIsMarker;
    private final Consumer<LastCommit> remember;
    private final Set<String> paths;
    /** How many of {@link #paths} are also in {@link #previous}: all of them, and as many, means the same site. */
    private final LongAdder alsoPrevious = new LongAdder();
    private final Map<String, String> staged = new ConcurrentHashMap<>();
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicInteger names = new AtomicInteger();
    private volatile boolean closed;
    /** The folder's lock, held from the session's start to its commit or abort. */
    private final OutputLock lock;
    /** Set once the journal is committed: from then on the new site is the site, even if applying it fails. */
    private volatile boolean journalCommitted;
    private final java.util.concurrent.atomic.AtomicBoolean cleaned = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * @param last     what the writer's last commit left, or null; used only while the marker still matches it
     * @param remember told what this session's commit left (null while it is under way or when it failed)
     */
    WriteSession(Path output, boolean empty, boolean outputExisted, LastCommit last, Consumer<LastCommit> remember,
                 OutputLock lock) throws IOException, OutputException {
        this.output = output;
        this.remember = remember;
        this.lock = lock;
        this.staging = output.resolve(SiteWriter.STAGING);
        this.direct = empty;
        this.outputExisted = outputExisted;
        Files.createDirectories(output);
        if (direct) {
            this.previous = Set.of();
            this.previousIsMarker = false;
            Path flag = output.resolve(SiteWriter.FIRST_BUILD);
            Durable.write(flag, SiteWriter.FIRST_BUILD_TEXT.getBytes(StandardCharsets.UTF_8));
            Durable.sync(flag);
            Durable.syncDirectory(output);
        } else {
            this.previousIsMarker = last != null && last.stillMarks(output);
            this.previous = previousIsMarker ? last.paths() : Marker.read(output);
            Files.createDirectories(staging);
        }
        this.paths = ConcurrentHashMap.newKeySet(previous.size() + previous.size() / 2 + 64);
    }

    /** Hands over one file of the new site; safe to call from several threads, once per path. */
    public void put(String sitePath, byte[] bytes) throws OutputException {
        if (closed) {
            throw new IllegalStateException("the write session is closed");
        }
        Path target = SitePaths.resolveSiteFile(output, sitePath);
        if (!paths.add(sitePath)) {
            throw new OutputException("two pages want the same file `" + sitePath + "`; give one a different slug");
        }
        if (previous.contains(sitePath)) {
            alsoPrevious.increment();
        }
        try {
            if (direct) {
                makeFolder(target.getParent());
                Durable.write(target, bytes);
            } else if (sameBytes(target, bytes)) {
                unchanged.incrementAndGet();
                return;
            } else {
                String name = Integer.toString(names.incrementAndGet());
                Durable.write(staging.resolve(name), bytes);
                staged.put(sitePath, name);
            }
        } catch (IOException e) {
            throw new OutputException("cannot write " + sitePath + " into " + output + ": " + WriteFailures.describe(e), e);
        }
        Durable.pauseForCrashTest();
    }

    /**
     * Counts a file as part of the new site, unchanged, without reading it: for a caller that knows it holds what
     * the last build wrote there (the preview server). False, and nothing done, when that cannot be so (the folder
     * was empty), in which case the caller must {@link #put} the file.
     */
    public boolean keep(String sitePath) throws OutputException {
        if (direct) {
            return false;
        }
        boolean known = previous.contains(sitePath);
        if (!known && !SitePaths.isSiteFile(sitePath)) {
            throw new OutputException("refusing to keep `" + sitePath + "`: not a plain site path");
        }
        if (!paths.add(sitePath)) {
            throw new OutputException("two pages want the same file `" + sitePath + "`; give one a different slug");
        }
        if (known) {
            alsoPrevious.increment();
        }
        unchanged.incrementAndGet();
        return true;
    }

    /** Makes the new site the site: atomically, as far as any later run can tell. */
    public SiteWriter.Stats commit() throws OutputException {
        if (closed) {
            throw new IllegalStateException("the write session is closed");
        }
        closed = true;
        remember.accept(null);
        boolean done = false;
        try {
            if (!direct && previousIsMarker && paths.size() == previous.size()
                    && alsoPrevious.sum() == paths.size()) {
                SiteWriter.Stats stats = commitStaged(Set.of(), null);
                remember.accept(new LastCommit(previous, LastCommit.Stamp.of(output)));
                done = true;
                return stats;
            }
            List<String> sorted = new ArrayList<>(new TreeSet<>(paths));
            Set<String> site = Set.copyOf(sorted);
            byte[] marker = (String.join("\n", sorted) + "\n").getBytes(StandardCharsets.UTF_8);
            SiteWriter.Stats stats = direct ? commitDirect(marker) : commitStaged(deletes(site), marker);
            remember.accept(new LastCommit(site, LastCommit.Stamp.of(output)));
            done = true;
            return stats;
        } catch (IOException e) {
            throw new OutputException("cannot write the site into " + output + ": " + WriteFailures.describe(e), e);
        } finally {
            if (done) {
                lock.close();
            } else {
                cleanUp();
            }
        }
    }

    /** Leaves the old site as it was (or, for a first build, the folder as empty as it was). */
    public void abort() {
        closed = true;
        cleanUp();
    }

    /** Once, whichever of a failed commit or an abort comes first; releases the lock after. */
    private void cleanUp() {
        if (cleaned.getAndSet(true)) {
            return;
        }
        try (lock) {
            if (journalCommitted) {
                return; // The next run rolls the committed journal forward; its staged files must stay.
            }
            if (direct) {
                SiteWriter.emptyFolder(output);
                if (!outputExisted) {
                    // Still under the lock: a writer waiting on this file finds it gone and takes a new one.
                    Files.deleteIfExists(output.resolve(OutputLock.FILE));
                    Files.deleteIfExists(output);
                }
            } else {
                Trees.deleteRecursively(staging);
                Files.deleteIfExists(Journal.temporaryOf(output.resolve(SiteWriter.JOURNAL)));
            }
        } catch (IOException e) {
            // The next run finds the staging folder (or the first-build flag) and finishes the clean-up.
        }
    }

    private SiteWriter.Stats commitDirect(byte[] marker) throws IOException {
        Path temporary = output.resolve(SiteWriter.MARKER + ".tmp");
        Durable.write(temporary, marker);
        Durable.sync(temporary);
        Files.move(temporary, output.resolve(SiteWriter.MARKER), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        Durable.syncDirectory(output);
        Files.delete(output.resolve(SiteWriter.FIRST_BUILD));
        Durable.syncDirectory(output);
        return new SiteWriter.Stats(paths.size(), 0, 0);
    }

    /** The old site's files the new one no longer has, as far as they are plain files still there. */
    private Set<String> deletes(Set<String> site) {
        Set<String> deletes = new TreeSet<>();
        for (String old : previous) {
            if (!site.contains(old) && Marker.deletable(output, old) != null) {
                deletes.add(old);
            }
        }
        return deletes;
    }

    /** @param marker the new marker's bytes, or null when it is known to list the same paths as the one there */
    private SiteWriter.Stats commitStaged(Set<String> deletes, byte[] marker) throws IOException, OutputException {
        List<Journal.Write> writes = new ArrayList<>();
        for (String path : new TreeSet<>(staged.keySet())) {
            Preflight.checkPlaceIsFree(output, path, deletes);
            writes.add(new Journal.Write(path, staged.get(path)));
        }
        if (marker != null && !sameBytes(output.resolve(SiteWriter.MARKER), marker)) {
            String name = Integer.toString(names.incrementAndGet());
            Durable.write(staging.resolve(name), marker);
            writes.add(new Journal.Write(SiteWriter.MARKER, name));
        }
        if (writes.isEmpty() && deletes.isEmpty()) {
            Trees.deleteRecursively(staging);
            return new SiteWriter.Stats(0, unchanged.get(), 0);
        }
        Path journal = output.resolve(SiteWriter.JOURNAL);
        Journal.commit(journal, writes, List.copyOf(deletes));
        journalCommitted = true;
        Journal.rollForward(output, staging, journal);
        return new SiteWriter.Stats(staged.size(), unchanged.get(), deletes.size());
    }

    /** Each folder once per build: most pages share theirs with others, and a mkdir that fails still costs. */
    private void makeFolder(Path folder) throws IOException {
        if (folder != null && !folder.equals(output) && !folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
    }

    static boolean sameBytes(Path target, byte[] bytes) throws IOException {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) || Files.size(target) != bytes.length) {
            return false;
        }
        return Arrays.equals(Files.readAllBytes(target), bytes);
    }
}
