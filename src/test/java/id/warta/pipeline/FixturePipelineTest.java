package id.warta.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on the fixture site and on tiny broken sites; asserts only what the parser cannot change. */
class FixturePipelineTest {
    private static final Path CONTENT = Path.of("src/test/resources/site-fixture/content");
    private static final Instant NOW = Instant.parse("2024-11-25T05:00:00Z");

    @TempDir
    Path temp;

    private BuildResult build(Path content, Path output, String baseUrl) throws BuildFailedException {
        return new Pipeline(new BuildOptions(content, Path.of("templates"), output, baseUrl, false, false, NOW)).run();
    }

    private static List<String> files(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void copiesImagesAndTheLogoAndLeavesOutDrafts() throws Exception {
        Path out = temp.resolve("site");
        build(CONTENT, out, "https://berita.example.id/");
        assertArrayEquals(Files.readAllBytes(CONTENT.resolve("foto/banjir-jakarta.png")),
                Files.readAllBytes(out.resolve("images/foto/banjir-jakarta.png")));
        assertTrue(Files.exists(out.resolve("images/logo.png")));
        List<String> files = files(out);
        assertTrue(files.stream().noneMatch(f -> f.startsWith("draf-")), files.toString());
        assertTrue(files.containsAll(List.of("index.html", "feed.xml", "atom.xml", "sitemap.xml", "robots.txt",
                "tag/index.html", "sumber/index.html", "arsip/index.html", "tag/sepak-bola/feed.xml")));
        String page = Files.readString(out.resolve("banjir-rob-genangi-pesisir-utara-jakarta/index.html"));
        assertTrue(page.contains("src=\"../images/foto/banjir-jakarta.png\""), "relative even with a base URL");
    }

    @Test
    void buildsTheSameBytesTwice() throws Exception {
        Path first = temp.resolve("a");
        Path second = temp.resolve("b");
        build(CONTENT, first, "https://berita.example.id/");
        build(CONTENT, second, "https://berita.example.id/");
        List<String> files = files(first);
        assertEquals(files, files(second));
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
        assertEquals(0, build(CONTENT, first, "https://berita.example.id/").written());
    }

    @Test
    void withoutABaseUrlWarnsOnceAndSkipsAbsoluteOutputs() throws Exception {
        Path out = temp.resolve("site");
        BuildResult result = build(CONTENT, out, null);
        List<Problem> about = result.warnings().stream().filter(w -> w.message().contains("base URL")).toList();
        assertEquals(1, about.size(), result.warnings().toString());
        assertTrue(about.get(0).file().endsWith("site.yaml"));
        for (String absolute : List.of("sitemap.xml", "news-sitemap.xml", "feed.xml", "atom.xml")) {
            assertFalse(Files.exists(out.resolve(absolute)), absolute);
        }
        assertTrue(Files.exists(out.resolve("robots.txt")));
    }

    @Test
    void refusesAnImageOutsideTheContentFolderNamingItsLine() throws Exception {
        Path content = Files.createDirectories(temp.resolve("content"));
        Files.writeString(temp.resolve("rahasia.png"), "x");
        Files.writeString(content.resolve("a.txt"), "---\ntitle: Berita A\nimage: ../rahasia.png\n---\nIsi berita.\n");
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> build(content, temp.resolve("o"),
                null));
        assertEquals(BuildFailedException.Cause.CONTENT, e.kind());
        Problem problem = e.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertTrue(problem.file().endsWith("a.txt"));
        assertEquals(3, problem.line());
        assertTrue(problem.message().contains("outside the content folder"), problem.message());
        assertFalse(Files.exists(temp.resolve("o").resolve("index.html")));
    }

    @Test
    void refusesAMissingImageNamingItsLine() throws Exception {
        Path content = Files.createDirectories(temp.resolve("content"));
        Files.writeString(content.resolve("a.txt"), "---\ntitle: Berita A\nauthor: A\nimage: foto/tidak-ada.png\n---\n"
                + "Isi berita.\n");
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> build(content, temp.resolve("o"),
                null));
        assertEquals(4, e.problems().stream().filter(Problem::isError).findFirst().orElseThrow().line());
    }

    @Test
    void refusesAnUnknownSetting() throws Exception {
        Path content = Files.createDirectories(temp.resolve("content"));
        Files.writeString(content.resolve("a.txt"), "Isi berita.\n");
        Files.writeString(content.resolve("site.yaml"), "title: A\ntheme: merah\n");
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> build(content, temp.resolve("o"),
                null));
        Problem problem = e.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertEquals(2, problem.line());
        assertTrue(problem.file().endsWith("site.yaml"));
    }
}
