package id.warta.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Times {@code warta serve} from saving an edited article to the {@code reload} event open pages receive, as a
 * browser would see it: starts {@code java -jar target/warta.jar serve} on a content folder, listens on the event
 * stream, appends a sentence to the first long paragraph of one article after another and prints each latency and
 * the median. Not a test; {@code src/bench/run.sh --serve} runs it.
 *
 * <pre>java -cp target/test-classes id.warta.bench.ServeLatency CONTENT OUTPUT [EDITS]</pre>
 */
public final class ServeLatency {
    private static final String EVENTS = "/__warta/events";

    private ServeLatency() {
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path output = Path.of(args[1]);
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process serve = new ProcessBuilder("java", "-jar", "target/warta.jar", "serve", "--content",
                content.toString(), "--output", output.toString(), "--port", Integer.toString(port), "--quiet")
                .redirectErrorStream(true).start();
        try {
            awaitFirstBuild(serve);
            BlockingQueue<String> events = listen(port);
            List<Path> articles;
            try (Stream<Path> files = Files.list(content)) {
                articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < edits; i++) {
                Path article = articles.get((i * 7919) % articles.size());
                String edited = withSentence(Files.readString(article), i);
                events.clear();
                long start = System.nanoTime();
                Files.writeString(article, edited);
                String event;
                do {
                    event = events.poll(30, TimeUnit.SECONDS);
                } while (event != null && !event.equals("reload"));
                if (event == null) {
                    throw new IllegalStateException("no reload event within 30 s after editing " + article);
                }
                long took = (System.nanoTime() - start) / 1_000_000;
                millis.add(took);
                System.out.println("edit " + (i + 1) + " (" + article.getFileName() + "): " + took + " ms");
                Thread.sleep(500);
            }
            List<Long> sorted = millis.stream().sorted().toList();
            System.out.println("median " + sorted.get(sorted.size() / 2) + " ms over " + edits + " edits (min "
                    + sorted.get(0) + ", max " + sorted.get(sorted.size() - 1) + ")");
        } finally {
            serve.destroy();
            serve.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Appends a sentence to the first paragraph of the body long enough to be one. */
    private static String withSentence(String text, int edit) {
        String[] lines = text.split("\n", -1);
        int frontMatterEnd = text.startsWith("---") ? 1 : 0;
        while (frontMatterEnd > 0 && frontMatterEnd < lines.length && !lines[frontMatterEnd].equals("---")) {
            frontMatterEnd++;
        }
        for (int i = frontMatterEnd + 1; i < lines.length; i++) {
            if (lines[i].length() > 200) {
                lines[i] = lines[i] + " Redaksi menambahkan kalimat ini pada suntingan ke-" + (edit + 1) + ".";
                return String.join("\n", lines);
            }
        }
        return text + "\nRedaksi menambahkan paragraf ini pada suntingan ke-" + (edit + 1) + ".\n";
    }

    /** The server prints "Serving …" once its first build is done; later output is drained and dropped. */
    private static void awaitFirstBuild(Process serve) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        long start = System.nanoTime();
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("Serving")) {
            System.out.println("serve: " + line);
        }
        if (line == null) {
            throw new IllegalStateException("warta serve stopped before serving");
        }
        System.out.println("first build and start: " + (System.nanoTime() - start) / 1_000_000 + " ms");
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep the pipe from filling up
                }
            } catch (IOException e) {
                // the server stopped
            }
        }, "serve-latency-output");
        drain.setDaemon(true);
        drain.start();
    }

    /** Connects to the event stream once the server answers, and hands over each event's name. */
    private static BlockingQueue<String> listen(int port) throws Exception {
        Socket socket = null;
        for (int tries = 0; socket == null; tries++) {
            try {
                socket = new Socket(InetAddress.getLoopbackAddress(), port);
            } catch (IOException e) {
                if (tries > 600) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
        socket.getOutputStream().write(("GET " + EVENTS + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null && !line.startsWith("retry:")) {
            // headers, then the stream's first line
        }
        Thread reader = new Thread(() -> {
            try {
                String next;
                while ((next = in.readLine()) != null) {
                    if (next.startsWith("event: ")) {
                        events.add(next.substring(7));
                    }
                }
            } catch (IOException e) {
                // the server stopped
            }
        }, "serve-latency-events");
        reader.setDaemon(true);
        reader.start();
        return events;
    }
}
