package id.warta.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.content.ContentException;
import id.warta.content.FrontMatter;
import id.warta.content.SourceFile;
import id.warta.content.SourceFiles;
import id.warta.content.SourceLine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextExportTest {

    @Test
    void valuesThatLookLikeYamlSyntaxSurviveTheRoundTrip() throws ContentException {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("Jokowi: \"Kami Siap\" #1", "https://x.id/a?b=1#c");
        links.put("true", "https://x.id/true");
        FrontMatter written = new FrontMatter("Jokowi: \"Kami Siap\" #1", "2024-05-21", List.of("null", "a, b", "- c"),
                "- Anonim", null, "true", null, false, "https://x.id/gambar.jpg", "'kutip' & {kurung}", Map.of(),
                links);
        SourceFile file = new SourceFile("a.html", written,
                List.of(new SourceLine(1, "---"), new SourceLine(2, "Paragraf: dengan titik dua.")), List.of());

        SourceFile read = SourceFiles.fromText("a.txt", TextExport.render(file));

        FrontMatter back = read.frontMatter();
        assertEquals(List.of(written.title(), written.date(), written.tags(), written.author(), written.description(),
                written.image(), written.imageCaption(), written.links()), List.of(back.title(), back.date(),
                back.tags(), back.author(), back.description(), back.image(), back.imageCaption(), back.links()));
        assertEquals(List.of("---", "Paragraf: dengan titik dua."),
                read.lines().stream().map(SourceLine::text).toList());
    }

    @Test
    void anArticleWithoutFieldsStillGetsAFenceSoItsFirstLineIsNeverTakenForOne() throws ContentException {
        SourceFile file = new SourceFile("a.html", FrontMatter.NONE, List.of(new SourceLine(1, "---")), List.of());
        String text = TextExport.render(file);
        assertTrue(text.startsWith("---\n---\n"), text);
        assertEquals("---", SourceFiles.fromText("a.txt", text).lines().get(0).text());
    }

    @Test
    void linksInFrontMatterMustBeAMapping() {
        ContentException e = assertThrows(ContentException.class,
                () -> SourceFiles.fromText("a.txt", "---\nlinks:\n- https://x.id/\n---\nTeks.\n"));
        assertEquals("a.txt:2: `links` must map read-also titles to URLs, one indented `Judul artikel: https://...`"
                + " line each", e.problem().toString());
    }

    @Test
    void linksAreReadInTheOrderWritten() throws ContentException {
        SourceFile file = SourceFiles.fromText("a.txt", "---\nlinks:\n  Zebra: https://x.id/z\n  Apel: https://x.id/a\n"
                + "---\nTeks.\n");
        assertEquals(List.of("Zebra", "Apel"), List.copyOf(file.frontMatter().links().keySet()));
        assertEquals(List.of(), file.problems(), "links is a known key");
    }
}
