package id.warta.serve;

import com.sun.net.httpserver.Headers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * A request's line and headers, read with limits: at most {@link #MAX_BYTES} in all and {@link #MAX_HEADERS}
 * headers. The time limit is the caller's (the socket's read timeout and {@link Connections}' deadline).
 */
record RequestHead(String method, URI uri, String protocol, Headers headers) {
    static final int MAX_BYTES = 16 * 1024;
    static final int MAX_HEADERS = 100;

    /** The request does not follow HTTP/1.x; {@code status} is the answer to give. */
    static final class BadRequest extends Exception {
        final int status;

        BadRequest(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** Reads the head; null when the client closed the connection before sending anything. */
    static RequestHead read(InputStream in) throws IOException, BadRequest {
        Counter counter = new Counter();
        String requestLine = line(in, counter);
        while (requestLine != null && requestLine.isEmpty()) {
            requestLine = line(in, counter); // a stray empty line before the request is allowed
        }
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3 || parts[0].isEmpty() || !parts[2].startsWith("HTTP/1.")) {
            throw new BadRequest(400, "Bad request line");
        }
        Headers headers = new Headers();
        int count = 0;
        for (String line = line(in, counter); ; line = line(in, counter)) {
            if (line == null) {
                throw new BadRequest(400, "The request ended inside its headers");
            }
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || ++count > MAX_HEADERS || Character.isWhitespace(line.charAt(0))) {
                throw new BadRequest(count > MAX_HEADERS ? 431 : 400, "Bad request header");
            }
            headers.add(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        String target = parts[1];
        try {
            URI uri = new URI(target);
            if (uri.getRawPath() == null || (!uri.getRawPath().startsWith("/") && !uri.isAbsolute())) {
                throw new BadRequest(400, "Bad request target");
            }
            return new RequestHead(parts[0], uri, parts[2], headers);
        } catch (URISyntaxException e) {
            throw new BadRequest(400, "Bad request target");
        }
    }

    private static final class Counter {
        int bytes;
    }

    /** One line without its CR LF (a bare LF ends one too), or null at the end of the stream before any byte. */
    private static String line(InputStream in, Counter counter) throws IOException, BadRequest {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        while (true) {
            int b = in.read();
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
            }
            if (++counter.bytes > MAX_BYTES) {
                throw new BadRequest(431, "Request headers too large");
            }
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
    }
}
