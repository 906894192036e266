package id.warta.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open connections and their limits, so slow or half-sent requests cannot freeze the server: a request must
 * send its headers within a deadline; one client may have only so many connections still sending headers, and
 * all clients together only so many, a new connection closing the oldest such one (a real browser sends its
 * headers at once, so only the stalled ones go); a response that takes too long to be taken is cut.
 */
final class Connections {

    /** The limits; the defaults suit a preview server on a developer's machine or LAN. */
    /**
     * @param graceMillis how long a connection may read its headers before a newer one can push it out: in a
     *                    burst of real requests none has stalled yet
     * @param threads     connections served at once; more wait in a queue for a thread
     */
    record Limits(long headerMillis, long graceMillis, int readingPerClient, int readingInAll, long responseMillis,
                  int threads) {
        static final Limits DEFAULT = new Limits(10_000, 1_000, 8, 64, 60_000, 128);
    }

    enum State { QUEUED, READING, RESPONDING, STREAMING }

    /** One accepted connection. */
    static final class Connection {
        final Socket socket;
        final InetAddress client;
        final long opened = System.nanoTime();
        volatile long since = opened;
        volatile State state = State.QUEUED;

        Connection(Socket socket) {
            this.socket = socket;
            this.client = socket.getInetAddress();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // Closing is all that was wanted.
            }
        }
    }

    private final Limits limits;
    private final Map<Connection, Boolean> open = new ConcurrentHashMap<>();

    Connections(Limits limits) {
        this.limits = limits;
    }

    Limits limits() {
        return limits;
    }

    /** Registers a new connection, first closing the oldest ones still reading beyond the limits. */
    synchronized Connection accepted(Socket socket) {
        Connection connection = new Connection(socket);
        List<Connection> reading = new ArrayList<>();
        long now = System.nanoTime();
        for (Connection c : open.keySet()) {
            if (c.state == State.READING && (now - c.since) / 1_000_000 >= limits.graceMillis()) {
                reading.add(c);
            }
        }
        reading.sort(Comparator.comparingLong(c -> c.since));
        List<Connection> same = reading.stream().filter(c -> c.client.equals(connection.client)).toList();
        for (int i = 0; i <= same.size() - limits.readingPerClient(); i++) {
            drop(same.get(i));
            reading.remove(same.get(i));
        }
        for (int i = 0; i <= reading.size() - limits.readingInAll(); i++) {
            drop(reading.get(i));
        }
        open.put(connection, Boolean.TRUE);
        return connection;
    }

    /** A thread has started reading the connection's request: its header deadline runs from now. */
    void reading(Connection connection) {
        connection.since = System.nanoTime();
        connection.state = State.READING;
    }

    void responding(Connection connection) {
        connection.since = System.nanoTime();
        connection.state = State.RESPONDING;
    }

    /** The handler returned and left the response open (an event stream): no deadline from now on. */
    void streaming(Connection connection) {
        connection.state = State.STREAMING;
    }

    void closed(Connection connection) {
        open.remove(connection);
        connection.close();
    }

    /** Closes connections past their deadline; called a few times a second. */
    void sweep() {
        long now = System.nanoTime();
        for (Connection c : open.keySet()) {
            long millis = (now - c.since) / 1_000_000;
            if ((c.state == State.READING && millis > limits.headerMillis())
                    || (c.state == State.RESPONDING && millis > limits.responseMillis())) {
                drop(c);
            }
        }
    }

    int reading() {
        return (int) open.keySet().stream().filter(c -> c.state == State.READING).count();
    }

    void closeAll() {
        open.keySet().forEach(this::drop);
    }

    private void drop(Connection connection) {
        open.remove(connection);
        connection.close();
    }
}
