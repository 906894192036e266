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
 * stream, edits one article after another in turn in each of four ways (a sentence added to the body, the headline,
 * the date, the tags) and prints each latency and the median of each kind. Not a test;
 * {@code src/bench/run.sh --serve} runs it. The preview is built in CACHE_DIR.
 *
 * <pre>java -cp target/test-classes id.warta.bench.ServeLatency CONTENT CACHE_DIR [EDITS]</pre>
 */
public final class ServeLatency {
    private static final String EVENTS = "/__warta/events";

    private ServeLatency() {
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path cacheDir = Path.of(args[1]);
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process serve = new ProcessBuilder("java", "-jar", "target/warta.jar", "serve", "--content",
                content.toString(), "--cache-dir", cacheDir.toString(), "--port", Integer.toString(port), "--quiet")
                .redirectErrorStream(true).start();
        try {
            awaitFirstBuild(serve);
            BlockingQueue<String> events = listen(port);
            List<Path> articles;
            try (Stream<Path> files = Files.list(content)) {
                articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            List<Long> millis = new ArrayList<>();
            java.util.Map<String, List<Long>> byKind = new java.util.LinkedHashMap<>();
            for (int i = 0; i < edits; i++) {
                Path article = articles.get((i * 7919) % articles.size());
                String kind = KINDS.get(i % KINDS.size());
                String edited = edit(kind, Files.readString(article), i);
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
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(took);
                System.out.println("edit " + (i + 1) + " (" + kind + ", " + article.getFileName() + "): " + took
                        + " ms");
                Thread.sleep(500);
            }
            List<Long> sorted = millis.stream().sorted().toList();
            byKind.forEach((kind, times) -> {
                List<Long> ordered = times.stream().sorted().toList();
                System.out.println("median " + kind + " " + ordered.get(ordered.size() / 2) + " ms over "
                        + times.size() + " edits (min " + ordered.get(0) + ", max "
                        + ordered.get(ordered.size() - 1) + ")");
            });
            System.out.println("median " + sorted.get(sorted.size() / 2) + " ms over " + edits + " edits (min "
                    + sorted.get(0) + ", max " + sorted.get(sorted.size() - 1) + ")");
        } finally {
            serve.destroy();
            serve.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static final List<String> KINDS = List.of("body", "headline", "date", "tags");

    /** The article after one edit of the given kind; each edit makes a different text. */
    private static String edit(String kind, String text, int edit) {
        return switch (kind) {
            case "headline" -> text.replaceFirst("\ntitle: \"?([^\"\n]*)\"?\n", "\ntitle: \"$1 Diperbarui "
                    + (edit + 1) + "\"\n");
            case "date" -> text.replaceFirst("\ndate: (\\d{4}-\\d\\d-\\d\\d)T\\d\\d:\\d\\d",
                    String.format(java.util.Locale.ROOT, "\ndate: $1T%02d:%02d", 6 + edit % 12, edit % 60));
            case "tags" -> text.replaceFirst("\ntags: \\[", "\ntags: [suntingan-" + (edit + 1) + ", ");
            default -> withSentence(text, edit);
        };
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
