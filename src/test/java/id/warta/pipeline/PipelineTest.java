package id.warta.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.cli.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build as a user runs it: the seed site, and each bad input leaving the previous site exactly as it was. */
class PipelineTest {
    private static final Path SEED = Path.of("content/000_1a02eec7eecc1808.txt");

    @TempDir
    Path dir;
    private Path content;
    private Path templates;
    private Path output;

    @BeforeEach
    void copySeedAndTemplates() throws IOException {
        content = dir.resolve("content");
        templates = dir.resolve("templates");
        output = dir.resolve("site-out");
        Files.createDirectories(content);
        Files.copy(SEED, content.resolve(SEED.getFileName()));
        SiteRun.copyTree(Path.of("templates"), templates);
    }

    private SiteRun build(String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--content", content.toString(), "--templates",
                templates.toString(), "--output", output.toString()));
        args.addAll(List.of(extra));
        return SiteRun.warta(args.toArray(String[]::new));
    }

    @Test
    void buildsTheSeedIntoAnIndonesianSiteWhoseLinksAllResolve() throws IOException {
        SiteRun run = build();

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s).*Built 1 article, \\d+ pages.*"), run.out());
        assertTrue(Files.exists(output.resolve("index.html")));
        assertTrue(Files.exists(output.resolve("404.html")));
        assertTrue(Files.exists(output.resolve("assets/style.css")));
        List<Path> pages = htmlPages();
        assertTrue(pages.size() >= 3, pages::toString);
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            assertEquals("id", doc.selectFirst("html").attr("lang"), page + " must be lang=id");
            assertEquals(1, doc.select("h1").size(), page + " must have one h1");
            assertLinksResolve(page, doc);
        }
    }

    @Test
    void withoutSiteYamlTheWarningNamesTheSettingAndWhereItGoesNotAMissingFile() {
        SiteRun run = build();

        String folder = content.toString().replace('\\', '/');
        assertTrue(run.err().contains(folder + ": warning: no base URL set, so canonical links, Open Graph URLs,"
                + " feeds and sitemaps were left out; add `baseUrl: https://...` to " + folder + "/site.yaml"
                + " (a new file) or pass --base-url"), run.err());
        assertFalse(run.err().contains("site.yaml: warning"), run.err());
    }

    @Test
    void aSiteYamlWithoutBaseUrlIsToldToAddTheSettingThere() throws IOException {
        Files.writeString(content.resolve("site.yaml"), "title: Kabar Bekasi\n");
        SiteRun run = build();

        String file = content.resolve("site.yaml").toString().replace('\\', '/');
        assertTrue(run.err().contains(file + ": warning: no base URL set, so canonical links, Open Graph URLs,"
                + " feeds and sitemaps were left out; add `baseUrl: https://...` here or pass --base-url"), run.err());
    }

    @Test
    void aBaseUrlOnTheCommandLineSilencesTheWarning() {
        SiteRun run = build("--base-url", "https://kabarbekasi.id/");

        assertFalse(run.err().contains("no base URL"), run.err());
    }

    @Test
    void aPreviewBuildNeedsNoBaseUrlSoItDoesNotAskForOne() throws Exception {
        BuildResult result = new Pipeline(new BuildOptions(content, templates, output, null, true),
                BuildCache.NONE, true).run();

        assertTrue(result.warnings().stream().noneMatch(w -> w.message().startsWith("no base URL")),
                result.warnings()::toString);
    }

    @Test
    void aSecondBuildOfTheSameInputRewritesNothing() throws IOException {
        build();
        Map<String, String> first = SiteRun.snapshot(output);
        SiteRun second = build();

        assertTrue(second.out().contains("(0 written"), second.out());
        assertEquals(first, SiteRun.snapshot(output));
    }

    @Test
    void invalidUtf8IsAContentErrorAndLeavesTheSiteAsItWas() throws IOException {
        build();
        Map<String, String> before = SiteRun.snapshot(output);
        Files.write(content.resolve("rusak.txt"), "Judul\nKata \u00e9 lalu".getBytes(StandardCharsets.ISO_8859_1));

        SiteRun run = build();

        assertEquals(ExitCodes.CONTENT_ERROR, run.exitCode());
        assertTrue(run.err().contains("rusak.txt:2: error: not valid UTF-8 at byte 11"), run.err());
        assertEquals(before, SiteRun.snapshot(output));
    }

    @Test
    void anEmptyFileIsSkippedWithAWarning() throws IOException {
        Files.writeString(content.resolve("kosong.txt"), "  \n\n");

        SiteRun run = build();

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("kosong.txt: warning: is empty and was skipped"), run.err());
        assertTrue(run.out().contains("Built 1 article"), run.out());
    }

    @Test
    void aMissingContentFolderIsAClearError() {
        content = dir.resolve("tidak-ada");

        SiteRun run = build();

        assertEquals(ExitCodes.CONTENT_ERROR, run.exitCode());
        assertTrue(run.err().contains("tidak-ada: error: content directory not found"), run.err());
        assertTrue(!Files.exists(output.resolve("index.html")));
    }

    @Test
    void aBrokenTemplateIsNamedWithItsLineAndTheSiteStaysAsItWas() throws IOException {
        build();
        Map<String, String> before = SiteRun.snapshot(output);
        Path article = templates.resolve("article.ftlh");
        List<String> lines = new ArrayList<>(Files.readAllLines(article));
        lines.set(4, lines.get(4) + " <#if unclosed>");
        Files.write(article, lines);

        SiteRun run = build();

        assertEquals(ExitCodes.TEMPLATE_ERROR, run.exitCode());
        assertTrue(run.err().matches("(?s).*article\\.ftlh:\\d+: .*"), run.err());
        assertEquals(before, SiteRun.snapshot(output));
    }

    @Test
    void aTemplateErrorWhileRenderingNamesTheTemplateAndLine() throws IOException {
        Path index = templates.resolve("index.ftlh");
        Files.writeString(index, Files.readString(index).replace("${page.heading}", "${page.noSuchField}"));

        SiteRun run = build();

        assertEquals(ExitCodes.TEMPLATE_ERROR, run.exitCode());
        assertTrue(run.err().matches("(?s).*index\\.ftlh:\\d+: .*noSuchField.*"), run.err());
        assertTrue(!Files.exists(output.resolve("index.html")));
    }

    @Test
    void twoArticlesWithOneSlugAreAnErrorNamingBothFiles() throws IOException {
        Files.writeString(content.resolve("a.txt"), "---\ntitle: Harga Beras Naik\n---\nHarga beras naik lagi.\n");
        Files.writeString(content.resolve("b.txt"), "---\ntitle: Harga beras naik!\n---\nHarga beras naik.\n");

        SiteRun run = build();

        assertEquals(ExitCodes.CONTENT_ERROR, run.exitCode());
        assertTrue(run.err().contains("has the slug `harga-beras-naik`"), run.err());
        assertTrue(run.err().contains("a.txt") && run.err().contains("b.txt"), run.err());
    }

    private List<Path> htmlPages() throws IOException {
        try (Stream<Path> walk = Files.walk(output)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private void assertLinksResolve(Path page, Document doc) {
        for (Element link : doc.select("[href], [src]")) {
            String url = link.hasAttr("href") ? link.attr("href") : link.attr("src");
            if (url.startsWith("#")) {
                continue;
            }
            assertTrue(!url.contains("://"), page + " links outside the site: " + url);
            Path target = page.getParent().resolve(url.replaceAll("[#?].*$", "")).normalize();
            if (Files.isDirectory(target)) {
                target = target.resolve("index.html");
            }
            assertTrue(target.startsWith(output) && Files.isRegularFile(target), page + " has a broken link " + url);
        }
    }
}
