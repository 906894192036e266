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
