package id.warta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the pipeline's packages depending one way only, as the design says: each arrow on the ones to its left. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/id/warta");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?id\\.warta\\.(\\w+)\\.", Pattern.MULTILINE);

    /** Which of Warta's packages each package may use. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("card", Set.of()),
            Map.entry("search", Set.of("model")),
            Map.entry("content", Set.of("model")),
            Map.entry("entity", Set.of("model")),
            Map.entry("parse", Set.of("model", "content")),
            Map.entry("importer", Set.of("model", "content", "parse")),
            Map.entry("site", Set.of("model", "card", "content", "parse", "search", "entity")),
            Map.entry("render", Set.of("model", "site")),
            Map.entry("output", Set.of("model")),
            Map.entry("pipeline", Set.of("model", "content", "parse", "entity", "importer", "card", "site", "render", "output")),
            Map.entry("serve", Set.of("model", "pipeline", "output")),
            Map.entry("cli", Set.of("model", "content", "parse", "entity", "importer", "site", "render", "output", "pipeline", "serve")));

    @Test
    void packagesDependOnlyOnTheOnesToTheirLeft() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String own = MAIN.relativize(file).getName(0).toString();
                if (own.endsWith(".java")) {
                    continue;
                }
                Set<String> allowed = ALLOWED.get(own);
                assertTrue(allowed != null, "package id.warta." + own + " is not in the architecture map; add it");
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String used = m.group(1);
                    if (!used.equals(own) && !allowed.contains(used)) {
                        violations.add(MAIN.relativize(file) + " uses id.warta." + used);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                boolean hasJava;
                try (Stream<Path> entries = Files.list(dir)) {
                    hasJava = entries.anyMatch(p -> p.toString().endsWith(".java"));
                }
                if (hasJava && !Files.exists(dir.resolve("package-info.java"))) {
                    missing.add(MAIN.relativize(dir).toString());
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
