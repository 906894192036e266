package id.warta.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Server-Sent Events stream open pages listen to. A connection is kept open after its handler returns, so
 * listening pages hold no worker thread; events are written to every open stream when a rebuild ends.
 */
final class ReloadEvents implements HttpHandler {
    /** Enough for every tab an editor has open; more would only be a runaway client. */
    static final int MAX_LISTENERS = 64;

    private final Set<HttpExchange> listeners = ConcurrentHashMap.newKeySet();
    private volatile String failure;

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!LiveReloadScript.EVENTS_PATH.equals(exchange.getRequestURI().getPath())) {
            Responses.plain(exchange, 404, "Not found");
            return;
        }
        if (!"GET".equals(exchange.getRequestMethod())) {
            Responses.methodNotAllowed(exchange);
            return;
        }
        if (listeners.size() >= MAX_LISTENERS) {
            Responses.plain(exchange, 503, "Too many open preview pages; close some tabs");
            return;
        }
        Responses.commonHeaders(exchange);
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        listeners.add(exchange);
        String current = failure;
        send(exchange, current == null ? "retry: 1000\n\n" : "retry: 1000\n\n" + event("build-error", current));
    }

    /** A rebuild succeeded: open pages reload and lose any error overlay. */
    void reload() {
        failure = null;
        broadcast(event("reload", "ok"));
    }

    /** A rebuild failed: open pages show the text; pages opened later get it on connecting. */
    void failed(String text) {
        failure = text;
        broadcast(event("build-error", text));
    }

    /** A comment line that finds closed connections, so they do not count against the limit. */
    void heartbeat() {
        broadcast(": ping\n\n");
    }

    int listenerCount() {
        return listeners.size();
    }

    void closeAll() {
        for (HttpExchange exchange : listeners) {
            listeners.remove(exchange);
            exchange.close();
        }
    }

    private void broadcast(String message) {
        for (HttpExchange exchange : listeners) {
            send(exchange, message);
        }
    }

    private void send(HttpExchange exchange, String message) {
        synchronized (exchange) {
            try {
                OutputStream body = exchange.getResponseBody();
                body.write(message.getBytes(StandardCharsets.UTF_8));
                body.flush();
            } catch (IOException e) {
                listeners.remove(exchange);
                exchange.close();
            }
        }
    }

    /** One SSE event; every line of the data gets its own {@code data:} field, as the format requires. */
    static String event(String name, String data) {
        StringBuilder text = new StringBuilder("event: ").append(name).append('\n');
        for (String line : data.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            text.append("data: ").append(line).append('\n');
        }
        return text.append('\n').toString();
    }
}
