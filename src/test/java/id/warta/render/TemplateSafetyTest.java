package id.warta.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** All HTML and XML comes from auto-escaping templates; turning escaping off in a template is never allowed. */
class TemplateSafetyTest {

    @Test
    void noTemplateTurnsEscapingOff() throws IOException {
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            for (Path file : files.filter(p -> p.toString().matches(".*\\.ftl[hxj]?$")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.contains("?no_esc") || line.contains("<#noautoesc") || line.contains("?noautoesc")
                            || line.contains("auto_esc=false")) {
                        offending.add(file + ":" + (i + 1) + ": " + line.strip());
                    }
                }
            }
        }
        assertEquals(List.of(), offending);
    }

    @Test
    void everyPageTemplateIsAnAutoEscapingOne() throws IOException {
        List<String> plain;
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            plain = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".ftl") && !n.endsWith(".txt.ftl")).sorted().toList();
        }
        assertEquals(List.of(), plain, "templates must be .ftlh (HTML), .ftlx (XML), .ftlj (JSON) or .txt.ftl (plain text) so"
                + " escaping is automatic where markup is made");
    }
}
