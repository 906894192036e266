package id.warta.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.parse.Slugs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Titles, slugs and tags shaped like paths never put a file outside the output folder or give it an odd name. */
class PathEscapeTest {
    private static final List<String> HOSTILE = List.of("../../etc", "../../../../etc/passwd", "/etc/passwd",
            "C:\\Windows\\System32\\drivers", "..\\..\\boot.ini", "\\\\server\\share\\x", "．．／．．／etc",
            "..%2F..%2Fetc", "~/.ssh/authorized_keys", ".warta-site", ".htaccess", "CON", "x".repeat(5000),
            "kata ".repeat(2000), "‮gpj.exe", "ａｄｍｉｎ", "Ⅻ ﬁle ＡＢ", "%00", "\u00a0", "!!!");

    @TempDir
    Path dir;

    @Test
    void slugsAreShortLowerCaseAsciiWords() {
        for (String hostile : HOSTILE) {
            String slug = Slugs.fromHeadline(hostile);
            assertTrue(slug.matches("[a-z0-9]+(-[a-z0-9]+)*") && slug.length() <= Slugs.MAX_LENGTH,
                    hostile + " -> " + slug);
        }
    }

    @Test
    void hostileTitlesSlugsAndTagsStayInsideTheOutput() throws Exception {
        SiteFixture site = new SiteFixture(dir.resolve("project"));
        for (int i = 0; i < HOSTILE.size(); i++) {
            String value = "'" + HOSTILE.get(i).replace("'", "''") + "'";
            String title = "'" + ("Berita " + i + " " + HOSTILE.get(i)).replace("'", "''") + "'";
            site.write(i + ".txt", "---\ntitle: " + title + "\nslug: " + value + "\ntags: [" + value + "]\n---\n"
                    + "Isi berita " + i + ".\n");
        }
        Set<Path> before = listing(dir);
        SiteFixture.Run run = site.build();
        assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run.err());
        // The build cache beside the content folder is the one other folder a build may write.
        Path cache = id.warta.pipeline.CacheFolder.besideContent(site.content);
        assertEquals(before.stream().filter(p -> !p.startsWith(site.output) && !p.startsWith(cache))
                        .collect(Collectors.toSet()),
                listing(dir).stream().filter(p -> !p.startsWith(site.output) && !p.startsWith(cache))
                        .collect(Collectors.toSet()),
                "nothing may appear outside the output and cache folders");
        for (String path : SiteFixture.files(site.output).keySet()) {
            for (String segment : path.split("/")) {
                assertTrue(segment.matches("[A-Za-z0-9._-]{1,120}") && !segment.equals("..")
                        && !segment.equals("."), "odd output name: " + path);
            }
        }
    }

    private static Set<Path> listing(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.collect(Collectors.toSet());
        }
    }
}
