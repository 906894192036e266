package id.warta.pipeline;

import id.warta.cli.Warta;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Runs the real command line in-process and captures what it printed; plus helpers to snapshot a folder. */
record SiteRun(int exitCode, String out, String err) {

    static SiteRun warta(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Warta.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new SiteRun(code, out.toString(), err.toString());
    }

    /** Relative path → content of every file under {@code root}, sorted. */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'),
                        new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    /** Copies a folder tree. */
    static void copyTree(Path from, Path to) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(from)) {
            all = new ArrayList<>(walk.toList());
        }
        for (Path source : all) {
            Path target = to.resolve(from.relativize(source).toString());
            if (Files.isDirectory(source)) {
                Files.createDirectories(target);
            } else {
                Files.createDirectories(target.getParent());
                Files.copy(source, target);
            }
        }
    }
}
