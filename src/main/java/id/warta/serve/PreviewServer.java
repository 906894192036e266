package id.warta.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK's HTTP server, set up for previewing one site folder. Work runs on a small bounded pool: under a burst
 * of requests they wait in a bounded queue instead of growing threads without limit; beyond the queue a
 * connection is closed rather than the server falling over.
 */
public final class PreviewServer implements AutoCloseable {
    private static final int WORKERS = 8;
    private static final int QUEUE = 1024;
    private static final int BACKLOG = 256;
    private static final long HEARTBEAT_SECONDS = 15;

    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService heartbeat;
    private final ReloadEvents events = new ReloadEvents();

    private PreviewServer(HttpServer server, ThreadPoolExecutor workers, ScheduledExecutorService heartbeat) {
        this.server = server;
        this.workers = workers;
        this.heartbeat = heartbeat;
    }

    /**
     * Starts serving {@code siteRoot} on {@code address} (port 0 picks a free port).
     *
     * @throws IOException when the address cannot be bound, e.g. the port is in use
     */
    public static PreviewServer start(Path siteRoot, InetSocketAddress address) throws IOException {
        HttpServer server = HttpServer.create(address, BACKLOG);
        ThreadPoolExecutor workers = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), daemonThreads("warta-serve-"));
        workers.allowCoreThreadTimeOut(true);
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(daemonThreads("warta-ping-"));
        PreviewServer preview = new PreviewServer(server, workers, heartbeat);
        server.setExecutor(workers);
        server.createContext("/", new SiteHandler(siteRoot));
        server.createContext(LiveReloadScript.EVENTS_PATH, preview.events);
        byte[] script = LiveReloadScript.source();
        server.createContext(LiveReloadScript.SCRIPT_PATH, exchange -> {
            try {
                if (!LiveReloadScript.SCRIPT_PATH.equals(exchange.getRequestURI().getPath())) {
                    Responses.plain(exchange, 404, "Not found");
                    return;
                }
                Responses.send(exchange, 200, "text/javascript; charset=utf-8", script);
            } finally {
                exchange.close();
            }
        });
        server.start();
        heartbeat.scheduleAtFixedRate(preview.events::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS,
                TimeUnit.SECONDS);
        return preview;
    }

    /** The address pages are served at, such as {@code http://127.0.0.1:1313/}. */
    public URI uri() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + address.getPort() + "/");
    }

    /** Tells open pages the site changed, so they reload. */
    public void siteChanged() {
        events.reload();
    }

    /** Tells open pages the last rebuild failed, with the text to show; the last good site stays served. */
    public void buildFailed(String message) {
        events.failed(message);
    }

    /** Pages currently listening for reloads. */
    public int listeners() {
        return events.listenerCount();
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        events.closeAll();
        server.stop(0);
        workers.shutdownNow();
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
