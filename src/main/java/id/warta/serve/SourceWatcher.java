package id.warta.serve;

import id.warta.pipeline.SourceChanges;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders recursively and calls back once per burst of changes: an editor's save is often several events
 * (write, rename, attribute change), so events are gathered until the folders have been quiet for the debounce
 * interval. The callback runs on the watcher's thread, so changes made during a rebuild start the next one.
 *
 * <p>Each burst is reported with the paths it touched, so that a rebuild can re-read only those files. It is
 * reported as incomplete, meaning "look at everything", when events were lost (overflow), a watched folder went
 * away, or it is the first burst: changes made between the initial build and the start of watching were not seen.
 */
public final class SourceWatcher implements AutoCloseable {
    private final WatchService service;
    private final Duration debounce;
    private final Consumer<SourceChanges> onChange;
    private final Thread thread;
    private final Set<Path> changed = new HashSet<>();
    private boolean complete;
    private boolean first = true;

    /** Starts watching the folders that exist among {@code roots}. */
    public SourceWatcher(List<Path> roots, Duration debounce, Consumer<SourceChanges> onChange) throws IOException {
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
                complete = !first;
                first = false;
                changed.clear();
                drain(service.take());
                WatchKey more;
                while ((more = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                onChange.accept(complete ? SourceChanges.of(changed) : SourceChanges.unknown());
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads a key's events, noting the paths and watching folders created since, and re-arms the key. */
    private void drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (!(event.context() instanceof Path name)) {
                complete = false; // an overflow: events were lost
                continue;
            }
            Path path = dir.resolve(name);
            changed.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                complete = false;
                registerQuietly(path);
            }
        }
        if (!key.reset() || !Files.isDirectory(dir)) {
            complete = false; // the folder itself is gone, or was moved and its key still names the old place
        }
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
