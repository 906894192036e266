package id.warta.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders recursively and calls back once per burst of changes: an editor's save is often several events
 * (write, rename, attribute change), so events are gathered until the folders have been quiet for the debounce
 * interval. The callback runs on the watcher's thread, so changes made during a rebuild start the next one.
 *
 * <p>A burst only says that something changed: the rebuild looks at every file, so lost events (an overflow) or a
 * folder moved under the watcher can delay a rebuild, never make it miss a change it runs after.
 */
public final class SourceWatcher implements AutoCloseable {
    private final WatchService service;
    private final Duration debounce;
    private final Runnable onChange;
    private final Thread thread;

    /** Starts watching the folders that exist among {@code roots}. */
    public SourceWatcher(List<Path> roots, Duration debounce, Runnable onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.debounce = debounce;
        this.onChange = onChange;
        for (Path root : roots) {
            registerTree(root);
        }
        this.thread = new Thread(this::loop, "warta-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try {
            while (true) {
                drain(service.take());
                WatchKey more;
                while ((more = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                onChange.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads a key's events, watching folders created since, and re-arms the key. */
    private void drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path name && event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                    && Files.isDirectory(dir.resolve(name))) {
                registerQuietly(dir.resolve(name));
            }
        }
        key.reset();
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                WatchKey key = register(dir);
                if (!dir.equals(key.watchable())) {
                    // A folder moved within the tree is the same watched folder to the system, and the JDK hands
                    // back its old key, which names the old place: drop it, so the new key names the new one.
                    key.cancel();
                    register(dir);
                }
            }
        }
    }

    private WatchKey register(Path dir) throws IOException {
        return dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
    }

    private void registerQuietly(Path dir) {
        try {
            registerTree(dir);
        } catch (IOException e) {
            // The folder vanished again before it could be watched; nothing in it to rebuild from.
        }
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        service.close();
    }
}
