package id.warta.serve;

import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The preview server: a small HTTP/1.1 server of Warta's own rather than the JDK's, whose worker threads read
 * request headers with no time limit and no bound per client (eight half-sent requests froze it) and whose few
 * limits are process-wide system properties. Here {@link Connections} gives every request a deadline for its
 * headers and bounds the connections each client and all clients may keep waiting, {@link HostCheck} refuses
 * requests for other host names (DNS rebinding), and each connection gets a thread of a bounded pool, so a
 * normal request is answered whatever stalled clients do. Handlers keep the JDK's {@code HttpHandler} interface.
 */
public final class PreviewServer implements AutoCloseable {
    private static final int BACKLOG = 256;
    private static final int QUEUE = 1024;
    private static final long HEARTBEAT_SECONDS = 15;
    private static final long SWEEP_MILLIS = 200;

    private final ServerSocket listener;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService timers;
    private final Connections connections;
    private final HostCheck hosts;
    private final ReloadEvents events = new ReloadEvents();
    /** Path prefix → handler; the longest prefix a request's path starts with wins. */
    private final Map<String, HttpHandler> routes = new TreeMap<>();

    private PreviewServer(ServerSocket listener, Connections connections, HostCheck hosts) {
        this.listener = listener;
        this.connections = connections;
        this.hosts = hosts;
        this.workers = new ThreadPoolExecutor(connections.limits().threads(), connections.limits().threads(), 30,
                TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), daemonThreads("warta-serve-"));
        workers.allowCoreThreadTimeOut(true);
        this.timers = Executors.newSingleThreadScheduledExecutor(daemonThreads("warta-ping-"));
    }

    /**
     * Starts serving {@code siteRoot} on {@code address} (port 0 picks a free port), answering requests for
     * {@code localhost}, IP addresses and the address's own name.
     *
     * @throws IOException when the address cannot be bound, e.g. the port is in use
     */
    public static PreviewServer start(Path siteRoot, InetSocketAddress address) throws IOException {
        return start(siteRoot, address, Set.of());
    }

    /** As {@link #start(Path, InetSocketAddress)}, also answering for the host names in {@code allowedHosts}. */
    public static PreviewServer start(Path siteRoot, InetSocketAddress address, Set<String> allowedHosts)
            throws IOException {
        return start(siteRoot, address, allowedHosts, Connections.Limits.DEFAULT);
    }

    static PreviewServer start(Path siteRoot, InetSocketAddress address, Set<String> allowedHosts,
                               Connections.Limits limits) throws IOException {
        ServerSocket listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(address, BACKLOG);
        PreviewServer preview = new PreviewServer(listener, new Connections(limits),
                new HostCheck(address.getHostString(), allowedHosts));
        preview.routes.put("/", new SiteHandler(siteRoot));
        preview.routes.put(LiveReloadScript.EVENTS_PATH, preview.events);
        byte[] script = LiveReloadScript.source();
        preview.routes.put(LiveReloadScript.SCRIPT_PATH, exchange -> {
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
        Thread acceptor = daemonThreads("warta-accept-").newThread(preview::acceptLoop);
        acceptor.start();
        preview.timers.scheduleAtFixedRate(preview.connections::sweep, SWEEP_MILLIS, SWEEP_MILLIS,
                TimeUnit.MILLISECONDS);
        preview.timers.scheduleAtFixedRate(preview.events::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS,
                TimeUnit.SECONDS);
        return preview;
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                if (listener.isClosed()) {
                    return;
                }
                continue; // A connection that failed while being accepted; the next one may be fine.
            }
            Connections.Connection connection = connections.accepted(socket);
            try {
                workers.execute(() -> serve(connection));
            } catch (RejectedExecutionException e) {
                connections.closed(connection); // Threads and queue are full: shed this one.
            }
        }
    }

    private void serve(Connections.Connection connection) {
        SocketExchange exchange = null;
        try {
            connections.reading(connection);
            Socket socket = connection.socket;
            socket.setSoTimeout((int) Math.max(1, connections.limits().headerMillis()));
            socket.setTcpNoDelay(true);
            InputStream in = socket.getInputStream();
            RequestHead head;
            try {
                head = RequestHead.read(in);
            } catch (RequestHead.BadRequest e) {
                answerPlainly(connection, e.status, e.getMessage());
                return;
            }
            if (head == null) {
                connections.closed(connection);
                return;
            }
            connections.responding(connection);
            String host = head.headers().getFirst("Host");
            if (host == null || head.headers().get("Host").size() > 1) {
                answerPlainly(connection, 400, "Bad request: one Host header is required");
                return;
            }
            if (!hosts.accepts(host)) {
                answerPlainly(connection, 403, "This preview server does not answer for the host name in the"
                        + " request; to allow it, start it with: warta serve --allow-host NAME");
                return;
            }
            exchange = new SocketExchange(connections, connection, head);
            route(head.uri().getPath()).handle(exchange);
            if (!exchange.isClosed()) {
                connections.streaming(connection);
            }
        } catch (IOException | RuntimeException e) {
            if (exchange != null) {
                exchange.close();
            }
            connections.closed(connection);
        }
    }

    private HttpHandler route(String path) {
        String best = "/";
        for (String prefix : routes.keySet()) {
            if (path != null && path.startsWith(prefix) && prefix.length() > best.length()) {
                best = prefix;
            }
        }
        return routes.get(best);
    }

    /** A fixed text answer that quotes nothing from the request, then the connection is closed. */
    private void answerPlainly(Connections.Connection connection, int status, String text) {
        try {
            byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
            String head = "HTTP/1.1 " + status + " " + SocketExchange.reason(status) + "\r\nContent-Type: text/plain;"
                    + " charset=utf-8\r\nX-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\nContent-Length: "
                    + body.length + "\r\nConnection: close\r\n\r\n";
            var out = connection.socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
        } catch (SocketException e) {
            // The client is gone.
        } catch (IOException e) {
            // Likewise.
        } finally {
            connections.closed(connection);
        }
    }

    /** The address pages are served at, such as {@code http://127.0.0.1:1313/}. */
    public URI uri() {
        String host = listener.getInetAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + listener.getLocalPort() + "/");
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
        timers.shutdownNow();
        events.closeAll();
        try {
            listener.close();
        } catch (IOException e) {
            // Stopping anyway.
        }
        connections.closeAll();
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
