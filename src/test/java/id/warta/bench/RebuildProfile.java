package id.warta.bench;

import id.warta.pipeline.BuildOptions;
import id.warta.pipeline.BuildResult;
import id.warta.pipeline.Pipeline;
import id.warta.pipeline.CacheFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Times the preview server's rebuild in-process, without the watcher and the event stream around it: one full
 * build, then an edit of one article after another, each followed by a rebuild from the cache it keeps in memory,
 * as {@code warta serve} does. Prints each rebuild's wall and CPU time (all threads; steadier than wall time on a
 * shared machine) and the medians of the second half (after the JIT warmed up).
 * It edits the articles in CONTENT, so give it a copy of a corpus. Not a test. Add
 * {@code -XX:StartFlightRecording=filename=rebuild.jfr} to see where the time goes.
 *
 * <pre>java -cp target/classes:target/test-classes:DEPENDENCIES id.warta.bench.RebuildProfile \
 *     CONTENT OUTPUT [EDITS [headline]]</pre>
 */
public final class RebuildProfile {

    private RebuildProfile() {
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path output = Path.of(args[1]);
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        boolean headlines = args.length > 3 && args[3].equals("headline");
        Pipeline pipeline = new Pipeline(new BuildOptions(content, Path.of("templates"), output, null, true),
                new CacheFolder(output.resolveSibling(output.getFileName() + "-cache")));
        System.out.println("first build: " + pipeline.run().millis() + " ms");
        List<Path> articles;
        try (Stream<Path> files = Files.list(content)) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Long> millis = new ArrayList<>();
        List<Long> cpuMillis = new ArrayList<>();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < edits; i++) {
            Path article = articles.get((i * 7919) % articles.size());
            Files.writeString(article, edit(Files.readString(article), i + 1, headlines));
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            BuildResult result = pipeline.run();
            long took = (System.nanoTime() - start) / 1_000_000;
            long cpu = (os.getProcessCpuTime() - cpuStart) / 1_000_000;
            millis.add(took);
            cpuMillis.add(cpu);
            System.out.println("edit " + (i + 1) + ": " + took + " ms (CPU " + cpu + " ms), " + result.written()
                    + " file(s) written");
        }
        List<Long> warm = millis.subList(edits / 2, edits).stream().sorted().toList();
        List<Long> warmCpu = cpuMillis.subList(edits / 2, edits).stream().sorted().toList();
        System.out.println("median " + warm.get(warm.size() / 2) + " ms (CPU " + warmCpu.get(warmCpu.size() / 2)
                + " ms) over the last " + warm.size() + " rebuilds");
    }

    /**
     * Adds a sentence to the first long paragraph, as {@code ServeLatency} does; or, for {@code headline}, changes
     * the front matter's title, which moves the article to a new address and changes every listing that shows it.
     */
    private static String edit(String text, int number, boolean headline) {
        return headline
                ? text.replaceFirst("\ntitle: \"", "\ntitle: \"Suntingan " + number + " ")
                : text.replaceFirst("\n([^\n]{200,})\n",
                        "\n$1 Redaksi menambahkan kalimat ini pada suntingan ke-" + number + ".\n");
    }
}
