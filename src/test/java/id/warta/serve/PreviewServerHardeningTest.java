package id.warta.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Stalled clients cannot freeze the preview server, and it answers only for its own host names. */
class PreviewServerHardeningTest {
    /** Shorter deadlines than the defaults, so the tests stay short; the rules are the same. */
    private static final Connections.Limits LIMITS = new Connections.Limits(1_500, 200, 8, 64, 60_000, 128);
    private static final int SLOW_CLIENTS = 50;

    @TempDir
    Path temp;
    private PreviewServer server;
    private final List<Socket> slow = new ArrayList<>();

    @BeforeEach
    void serve() throws IOException {
        Path site = Files.createDirectories(temp.resolve("site-out"));
        Files.writeString(site.resolve("index.html"), "<html><body><p>Beranda</p></body></html>");
        server = PreviewServer.start(site, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                Set.of("pratinjau.example.test"), LIMITS);
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : slow) {
            socket.close();
        }
        server.close();
    }

    private int port() {
        return server.uri().getPort();
    }

    /** Sends {@code head} as is and returns the status line, or "closed" when the server hung up without one. */
    private String ask(String head) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            return text.isEmpty() ? "closed" : text.substring(0, text.indexOf("\r\n"));
        }
    }

    private Socket halfSentRequest() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port());
        socket.setSoTimeout(5_000);
        socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: localhost\r\nX-Langkah: ".getBytes(
                StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        slow.add(socket);
        return socket;
    }

    /** Whether the server closed the connection (end of stream or reset) rather than leaving it waiting. */
    private static boolean closedByServer(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        try {
            while (in.read() >= 0) {
                // a 408 answer, if any, then the end
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    @Test
    void fiftySlowClientsDoNotKeepANormalRequestFromBeingAnswered() throws Exception {
        for (int i = 0; i < SLOW_CLIENTS; i++) {
            halfSentRequest();
        }
        // The slow clients keep trickling a byte each, as a slowloris attack does, across the normal requests.
        for (int round = 0; round < 4; round++) {
            for (Socket socket : slow) {
                try {
                    OutputStream out = socket.getOutputStream();
                    out.write('a');
                    out.flush();
                } catch (IOException e) {
                    // closed by the server: that is the point
                }
            }
            assertEquals("HTTP/1.1 200 OK", ask("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"), "round " + round);
            Thread.sleep(300);
        }
    }

    @Test
    void aRequestThatNeverFinishesItsHeadersIsClosedAtTheDeadline() throws Exception {
        Socket socket = halfSentRequest();
        assertTrue(closedByServer(socket), "the server must hang up on headers that never end");
    }

    @Test
    void oneClientKeepsOnlyAFewConnectionsWaitingForHeaders() throws Exception {
        // A header deadline far away, so only the bound per client can close the stalled connections.
        server.close();
        server = PreviewServer.start(temp.resolve("site-out"), new InetSocketAddress(InetAddress.getLoopbackAddress(),
                0), Set.of(), new Connections.Limits(60_000, 200, 8, 64, 60_000, 128));
        List<Socket> mine = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            mine.add(halfSentRequest());
        }
        Thread.sleep(400); // past the grace a connection has before a newer one may push it out
        assertEquals("HTTP/1.1 200 OK", ask("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"));
        int closed = 0;
        for (Socket socket : mine.subList(0, 12)) {
            closed += closedByServer(socket) ? 1 : 0;
        }
        assertEquals(12, closed, "the oldest stalled connections beyond eight are closed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:1313", "LocalHost", "127.0.0.1", "127.0.0.1:1313", "[::1]",
        "[::1]:1313", "192.168.1.20:1313", "pratinjau.example.test:1313"})
    void answersForItsOwnNamesAndAddresses(String host) throws IOException {
        assertEquals("HTTP/1.1 200 OK", ask("GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n"), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:1313", "127.0.0.1.nip.io", "localhost.evil.example",
        "pratinjau.example.test.evil.example", "localhost:abc", "[::1", "300.1.1.1"})
    void refusesOtherHostNamesAgainstDnsRebinding(String host) throws IOException {
        assertEquals("HTTP/1.1 403 Forbidden", ask("GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n"), host);
    }

    @Test
    void aRequestWithoutOneHostHeaderIsABadRequest() throws IOException {
        assertEquals("HTTP/1.1 400 Bad Request", ask("GET / HTTP/1.1\r\n\r\n"));
        assertEquals("HTTP/1.1 400 Bad Request", ask("GET / HTTP/1.0\r\n\r\n"));
        assertEquals("HTTP/1.1 400 Bad Request",
                ask("GET / HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\n\r\n"));
    }

    @Test
    void refusesMalformedAndOversizedRequests() throws IOException {
        assertEquals("HTTP/1.1 400 Bad Request", ask("GARBAGE\r\n\r\n"));
        assertEquals("HTTP/1.1 431 Request Header Fields Too Large",
                ask("GET / HTTP/1.1\r\nHost: localhost\r\nX-Besar: " + "a".repeat(20_000) + "\r\n\r\n"));
    }
}
