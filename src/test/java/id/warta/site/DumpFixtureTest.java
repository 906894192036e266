package id.warta.site;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DumpFixtureTest {
    @Test
    void dump() throws Exception {
        Path out = Path.of(System.getProperty("dump.dir"));
        for (String base : new String[] {"https://berita.example.id/", null}) {
            RenderedSite site = RenderedSite.build(FixtureSiteTest.config().withBaseUrl(base),
                    new Selection(FixtureArticles.NOW.toInstant(), false, false), FixtureArticles.all());
            Path dir = out.resolve(base == null ? "local" : "web");
            for (var e : site.files().entrySet()) {
                Path p = dir.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, e.getValue());
            }
            Files.createDirectories(dir.resolve("assets"));
            Files.copy(Path.of("templates/assets/style.css"), dir.resolve("assets/style.css"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(dir.resolve("images/foto"));
            for (String f : new String[] {"banjir-jakarta.png", "pasar-saham.png", "timnas-garuda.png"}) {
                Files.copy(FixtureArticles.CONTENT.resolve("foto/" + f), dir.resolve("images/foto/" + f),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
