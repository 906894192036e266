package id.warta.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.cli.Warta;
import id.warta.content.FrontMatter;
import id.warta.content.SourceFile;
import id.warta.content.SourceFiles;
import id.warta.content.SourceLine;
import id.warta.model.Article;
import id.warta.model.Block;
import id.warta.model.Problem;
import id.warta.parse.ArticleParser;
import id.warta.parse.Slugs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** HTML → SourceFile, {@code warta import} → .txt, .txt read back: the same fields, lines and parsed article. */
class ImportRoundTripTest {

    @TempDir
    Path dir;

    static List<Path> pages() throws Exception {
        return HtmlFixturesTest.pages();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void importedTextReadsBackAsTheSameArticle(Path page) throws Exception {
        SourceFile fromHtml = HtmlSource.read(page.toString(), Files.readAllBytes(page));
        Path target = dir.resolve(Slugs.fromHeadline(fromHtml.frontMatter().title()) + ".txt");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Warta.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "import", "--to", dir.toString(), page.toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("wrote " + target.toString().replace('\\', '/')), out.toString());

        SourceFile fromText = SourceFiles.fromText(target.toString(), Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of(), fromText.problems());
        assertEquals(fields(fromHtml.frontMatter()), fields(fromText.frontMatter()));
        assertEquals(texts(fromHtml), texts(fromText));

        ArticleParser parser = new ArticleParser();
        assertEquals(withoutPositions(parser.parse(fromHtml)),
                withoutPositions(parser.parse(fromText)));
    }

    /** The fields an import carries; key lines differ by nature (a page has none). */
    private static List<Object> fields(FrontMatter fm) {
        return List.of(String.valueOf(fm.title()), String.valueOf(fm.date()), String.valueOf(fm.author()), fm.tags(),
                String.valueOf(fm.image()), String.valueOf(fm.description()), fm.links(),
                List.copyOf(fm.links().keySet()));
    }

    private static List<String> texts(SourceFile file) {
        return file.lines().stream().map(SourceLine::text).toList();
    }

    private static Article withoutPositions(Article a) {
        List<Block> body = a.body().stream().map(b -> b instanceof Block.ReadAlso r
                ? new Block.ReadAlso(r.label(), r.title(), r.href(), r.afterParagraph(), 0)
                : (Block) new Block.Paragraph(((Block.Paragraph) b).index(), ((Block.Paragraph) b).text(), 0)).toList();
        List<Problem> problems = a.problems().stream()
                .map(p -> new Problem("", 0, p.severity(), p.message())).toList();
        return new Article("", a.headline(), a.headlineSource(), a.slug(), a.dateline(), a.date(), a.author(),
                a.description(), a.tags(), a.draft(), a.image(), a.imageCaption(), body, a.attributions(), a.quotes(),
                a.credits(), a.endMarker(), a.noise(), problems);
    }
}
