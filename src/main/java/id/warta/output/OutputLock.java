package id.warta.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The one-writer-at-a-time lock of an output folder: an exclusive {@link FileLock} on {@link #FILE} inside it, held
 * from the start of a write (including the finishing of an interrupted one) to its commit or abort. The operating
 * system drops the lock when the holding process dies, so a killed build never leaves the folder locked; the file
 * itself stays and means nothing on its own.
 */
final class OutputLock implements AutoCloseable {
    static final String FILE = ".warta-lock";
    private static final long POLL_MILLIS = 50;

    private final FileChannel channel;
    private final FileLock lock;

    /** The lock files this process holds, by real path. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path key;
    private final java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();

    private OutputLock(FileChannel channel, FileLock lock, Path key) {
        this.channel = channel;
        this.lock = lock;
        this.key = key;
    }

    /**
     * Takes the lock, making the folder when needed; while another writer holds it, says so once through
     * {@code waiting} and waits up to {@code patience} for it.
     *
     * @throws OutputBusyException when the other writer still holds it after {@code patience}
     */
    static OutputLock acquire(Path output, Duration patience, Consumer<String> waiting) throws OutputException {
        long deadline = System.nanoTime() + patience.toNanos();
        boolean told = false;
        Path file = output.resolve(FILE);
        try {
            while (true) {
                Files.createDirectories(output);
                if (Files.isSymbolicLink(file)) {
                    throw new OutputException(file + " is a symbolic link; Warta never writes through links,"
                            + " remove it");
                }
                OutputLock taken = tryOnce(file);
                if (taken != null) {
                    return taken;
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw new OutputBusyException(output + " is being written by another Warta build or `warta"
                            + " serve` (it holds " + file + "), still after " + patience.toSeconds() + " s; wait"
                            + " for it to finish or stop it, then build again");
                }
                if (!told) {
                    told = true;
                    waiting.accept(output + ": another Warta build or `warta serve` is writing into this folder;"
                            + " waiting for it to finish");
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException e) {
            throw new OutputException("cannot lock " + file + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutputException("interrupted while waiting for the lock on " + file);
        }
    }

    /**
     * The lock, or null while someone holds it. Within this process a set of held files is asked first, and the
     * file is never opened a second time: on POSIX systems closing any descriptor of a file drops every lock the
     * process holds on it.
     */
    private static OutputLock tryOnce(Path file) throws IOException {
        Path key = file.getParent().toRealPath().resolve(FILE);
        if (!HELD.add(key)) {
            return null;
        }
        FileChannel channel = null;
        try {
            Object before = fileKey(file);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
            FileLock lock = channel.tryLock();
            // A failed first build removes its folder, lock file and all, while a writer may wait on that file:
            // a lock on a file no longer at the path locks nothing, so the path must still name the file opened.
            if (lock != null && before != null && before.equals(fileKey(file))) {
                return new OutputLock(channel, lock, key);
            }
        } catch (IOException | RuntimeException e) {
            HELD.remove(key);
            if (channel != null) {
                channel.close();
            }
            throw e;
        }
        channel.close();
        HELD.remove(key);
        return null;
    }

    /** The file's identity (device and inode), read without opening it; null when it is missing. */
    private static Object fileKey(Path file) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return attributes.fileKey() != null ? attributes.fileKey() : "same";
        } catch (NoSuchFileException e) {
            if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
                Files.createDirectories(file.getParent());
            }
            Files.newByteChannel(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE).close();
            return fileKey(file);
        }
    }

    @Override
    public void close() {
        if (released.getAndSet(true)) {
            return;
        }
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel below releases it as well.
        }
        try {
            channel.close();
        } catch (IOException e) {
            // The process ending drops the lock in any case.
        }
        HELD.remove(key);
    }
}
