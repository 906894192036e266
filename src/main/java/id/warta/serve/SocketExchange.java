package id.warta.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One request and its response on a connection of Warta's own server, behind the JDK's {@link HttpExchange}
 * interface so the handlers stay as they are. Every response closes its connection: a preview needs no keep-alive,
 * and an answer is then always as long as what was sent, which also suits the open-ended event stream.
 */
final class SocketExchange extends HttpExchange {
    private final Connections connections;
    private final Connections.Connection connection;
    private final RequestHead request;
    private final Headers responseHeaders = new Headers();
    private final Map<String, Object> attributes = new HashMap<>();
    private OutputStream body;
    private int status = -1;
    private volatile boolean closed;

    SocketExchange(Connections connections, Connections.Connection connection, RequestHead request) {
        this.connections = connections;
        this.connection = connection;
        this.request = request;
    }

    @Override
    public Headers getRequestHeaders() {
        return request.headers();
    }

    @Override
    public Headers getResponseHeaders() {
        return responseHeaders;
    }

    @Override
    public URI getRequestURI() {
        return request.uri();
    }

    @Override
    public String getRequestMethod() {
        return request.method();
    }

    @Override
    public HttpContext getHttpContext() {
        return null;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (status < 0) {
                sendResponseHeaders(500, -1);
            }
            if (body != null) {
                body.flush();
            }
        } catch (IOException e) {
            // The client left; nothing more to say to it.
        } finally {
            connections.closed(connection);
        }
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public InputStream getRequestBody() {
        return InputStream.nullInputStream();
    }

    @Override
    public OutputStream getResponseBody() {
        if (body == null) {
            body = OutputStream.nullOutputStream();
        }
        return body;
    }

    /** {@code length} 0 sends a body of any length, ended by closing; -1 sends none. */
    @Override
    public void sendResponseHeaders(int code, long length) throws IOException {
        if (status >= 0) {
            throw new IOException("headers already sent");
        }
        status = code;
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(code).append(' ').append(reason(code))
                .append("\r\n");
        responseHeaders.set("Connection", "close");
        if (length > 0) {
            responseHeaders.set("Content-Length", Long.toString(length));
        } else if (length < 0 && !responseHeaders.containsKey("Content-Length")) {
            responseHeaders.set("Content-Length", "0");
        }
        for (Map.Entry<String, List<String>> header : responseHeaders.entrySet()) {
            for (String value : header.getValue()) {
                head.append(header.getKey()).append(": ").append(value).append("\r\n");
            }
        }
        head.append("\r\n");
        OutputStream out = new BufferedOutputStream(connection.socket.getOutputStream(), 16 * 1024);
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        body = length < 0 || "HEAD".equals(request.method()) ? OutputStream.nullOutputStream() : out;
        if (body != out) {
            out.flush();
        }
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
        return (InetSocketAddress) connection.socket.getRemoteSocketAddress();
    }

    @Override
    public int getResponseCode() {
        return status;
    }

    @Override
    public InetSocketAddress getLocalAddress() {
        return (InetSocketAddress) connection.socket.getLocalSocketAddress();
    }

    @Override
    public String getProtocol() {
        return request.protocol();
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        attributes.put(name, value);
    }

    @Override
    public void setStreams(InputStream in, OutputStream out) {
        throw new UnsupportedOperationException("the preview server does not filter streams");
    }

    @Override
    public HttpPrincipal getPrincipal() {
        return null;
    }

    static String reason(int code) {
        return switch (code) {
            case 200 -> "OK";
            case 301 -> "Moved Permanently";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 431 -> "Request Header Fields Too Large";
            case 503 -> "Service Unavailable";
            default -> code >= 500 ? "Server Error" : "Status";
        };
    }
}
