package id.warta.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Listens to the server's event stream like a browser's EventSource, handing over each event as it arrives. */
final class EventStream implements AutoCloseable {
    /** One server-sent event: its name and its data lines joined by newlines. */
    record Event(String name, String data) { }

    private final Socket socket;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    EventStream(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.getOutputStream().write(("GET " + LiveReloadScript.EVENTS_PATH + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        Thread reader = new Thread(this::read, "test-event-stream");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.UTF_8))) {
            String name = null;
            StringBuilder data = null;
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("event: ")) {
                    name = line.substring(7);
                    data = null;
                } else if (line.startsWith("data: ") && name != null) {
                    data = data == null ? new StringBuilder(line.substring(6)) : data.append('\n').append(line.substring(6));
                } else if (line.isEmpty() && name != null) {
                    events.add(new Event(name, data == null ? "" : data.toString()));
                    name = null;
                }
            }
        } catch (IOException e) {
            // The stream was closed by the test or the server.
        }
    }

    /** The next event, waiting at most 20 s; null when none came (the test then fails on its assertion). */
    Event next() throws InterruptedException {
        return events.poll(20, TimeUnit.SECONDS);
    }

    /** The next event with this name, skipping others. */
    Event next(String name) throws InterruptedException {
        Event event;
        while ((event = next()) != null) {
            if (event.name().equals(name)) {
                return event;
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
