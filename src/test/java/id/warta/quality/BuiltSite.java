package id.warta.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.warta.cli.Warta;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A site built by the real command line ({@code warta build}) into a test folder.
 *
 * @param name short name for messages and screenshot files, e.g. {@code fixture+base}
 * @param content the content folder it was built from
 * @param root the output folder
 * @param baseUrl the {@code --base-url} given, or null
 */
record BuiltSite(String name, Path content, Path root, String baseUrl) {
    static final Path TEMPLATES = Path.of("templates");
    static final Path SEED_CONTENT = Path.of("content");
    static final Path FIXTURE_CONTENT = Path.of("src/test/resources/quality/site");
    static final String BASE_URL = "https://berita.example.id/";
    /** The build's "now": a day after the fixture's newest article, so the news sitemap has entries. */
    static final String NOW = "2024-11-23T09:00:00+07:00";

    /** Where {@link #shared()} builds its sites: under target/, so a failing test leaves them to look at. */
    private static final Path SHARED = Path.of("target/quality-sites");
    private static List<BuiltSite> shared;

    /** The four sites of {@link #buildAll}, built once for all quality tests of a test run. */
    static synchronized List<BuiltSite> shared() {
        if (shared == null) {
            deleteTree(SHARED);
            shared = buildAll(SHARED);
        }
        return shared;
    }

    /** The fixture site of {@link #shared()}, without and with a base URL. */
    static List<BuiltSite> sharedFixtures() {
        return shared().stream().filter(site -> site.content().equals(FIXTURE_CONTENT)).toList();
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed site and the fixture site, each without and with {@code --base-url}, built under {@code into}. */
    static List<BuiltSite> buildAll(Path into) {
        return List.of(
                build("seed", SEED_CONTENT, into.resolve("seed"), null),
                build("seed+base", SEED_CONTENT, into.resolve("seed-base"), BASE_URL),
                build("fixture", FIXTURE_CONTENT, into.resolve("fixture"), null),
                build("fixture+base", FIXTURE_CONTENT, into.resolve("fixture-base"), BASE_URL));
    }

    static BuiltSite build(String name, Path content, Path output, String baseUrl) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = baseUrl == null
                ? new String[] {"build", "--content", content.toString(), "--output", output.toString(),
                        "--templates", TEMPLATES.toString(), "--now", NOW, "--no-cache"}
                : new String[] {"build", "--content", content.toString(), "--output", output.toString(),
                        "--templates", TEMPLATES.toString(), "--now", NOW, "--base-url", baseUrl, "--no-cache"};
        int exit = Warta.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertEquals(0, exit, () -> "warta build of " + name + " failed:\n" + out + err);
        return new BuiltSite(name, content, output, baseUrl);
    }

    /** Whether any article of the site has a front-matter date (undated articles stay out of feeds and news). */
    boolean hasDatedArticles() {
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(p -> p.toString().endsWith(".txt")).anyMatch(p -> {
                try {
                    return Files.readAllLines(p).stream().anyMatch(l -> l.startsWith("date:"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every {@code .html} file of the site, sorted, so failures are listed in a stable order. */
    List<Path> htmlPages() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's path inside the site with forward slashes, for messages. */
    String relative(Path page) {
        return root.relativize(page).toString().replace('\\', '/');
    }

    String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file of this site that {@code url} names, or null when there is none: an absolute URL under the base URL,
     * or a URL relative to the file {@code from}; a folder means its {@code index.html}.
     */
    Path fileFor(String url, Path from) {
        String path = url.replaceAll("[#?].*$", "");
        Path target;
        if (baseUrl != null && path.startsWith(baseUrl)) {
            target = root.resolve(URLDecoder.decode(path.substring(baseUrl.length()), StandardCharsets.UTF_8));
        } else if (path.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || path.startsWith("/")) {
            return null;
        } else {
            target = from.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8));
        }
        target = target.normalize();
        if (!target.startsWith(root)) {
            return null;
        }
        if (Files.isDirectory(target) || path.endsWith("/") || path.isEmpty()) {
            target = target.resolve("index.html");
        }
        return Files.isRegularFile(target) ? target : null;
    }

    @Override
    public String toString() {
        return name;
    }
}
