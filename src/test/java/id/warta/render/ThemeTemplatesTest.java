package id.warta.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.site.Page;
import id.warta.site.RobotsPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The theme's templates: escaping stays on everywhere but for the one pre-escaped JSON-LD value. */
class ThemeTemplatesTest {
    private static final Path TEMPLATES = Path.of("templates");

    @Test
    void onlyTheJsonLdValueIsPrintedUnescaped() throws Exception {
        List<String> uses;
        try (Stream<Path> walk = Files.walk(TEMPLATES)) {
            uses = walk.filter(p -> p.toString().contains(".ftl")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream().filter(l -> l.contains("?no_esc"))
                            .map(l -> p.getFileName() + ": " + l.strip());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertEquals(List.of("layout.ftlh: <script type=\"application/ld+json\">${info.jsonLd?no_esc}</script>"),
                uses);
    }

    @Test
    void robotsIsPlainTextWithoutHtmlEscaping() throws Exception {
        String robots = new Renderer(TEMPLATES, "templates").render(new Page("robots.txt", "robots.txt.ftl",
                new RobotsPage(List.of("https://b.example.id/sitemap.xml?a=1&b=2"))));
        assertEquals("User-agent: *\nAllow: /\nSitemap: https://b.example.id/sitemap.xml?a=1&b=2\n", robots);
    }

    @Test
    void everyTemplateLoads() throws Exception {
        Renderer renderer = new Renderer(TEMPLATES, "templates");
        for (String name : List.of("index.ftlh", "article.ftlh", "terms.ftlh", "404.ftlh", "rss.ftlx", "atom.ftlx",
                "sitemap.ftlx", "sitemap-index.ftlx", "news-sitemap.ftlx", "robots.txt.ftl")) {
            assertTrue(renderer.load(name) != null, name);
        }
    }
}
