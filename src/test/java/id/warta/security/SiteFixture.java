package id.warta.security;

import id.warta.cli.Warta;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A throw-away project (content/, a copy of the real templates/) built through the real command line. */
final class SiteFixture {
    final Path root;
    final Path content;
    final Path templates;
    final Path output;

    /** What one run of {@code warta build} printed and returned. */
    record Run(int exitCode, String out, String err) { }

    SiteFixture(Path root) throws IOException {
        this.root = root;
        this.content = Files.createDirectories(root.resolve("content"));
        this.templates = root.resolve("templates");
        this.output = root.resolve("site-out");
        copyTree(Path.of("templates"), templates);
    }

    Path write(String name, String text) throws IOException {
        Path file = content.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    Path writeBytes(String name, byte[] bytes) throws IOException {
        Path file = content.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    Run build(String... extra) {
        return buildInto(output, extra);
    }

    Run buildInto(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--content", content.toString(),
                "--templates", templates.toString(), "--output", out.toString()));
        args.addAll(List.of(extra));
        StringWriter out1 = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Warta.run(new PrintWriter(out1, true), new PrintWriter(err, true), args.toArray(String[]::new));
        return new Run(code, out1.toString(), err.toString());
    }

    /** Every file under a folder, by {@code /}-separated relative path, with its bytes. */
    static SortedMap<String, byte[]> files(Path dir) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    /** A folder as path → SHA-256, so two trees compare with a readable difference. */
    static SortedMap<String, String> snapshot(Path dir) throws IOException {
        SortedMap<String, String> digests = new TreeMap<>();
        files(dir).forEach((path, bytes) -> digests.put(path, sha256(bytes)));
        return digests;
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
