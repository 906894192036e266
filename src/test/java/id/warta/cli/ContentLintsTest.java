package id.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.content.SourceFile;
import id.warta.model.Article;
import id.warta.model.Block;
import id.warta.model.Credits;
import id.warta.model.Dateline;
import id.warta.model.HeadlineSource;
import id.warta.model.Problem;
import id.warta.model.Quote;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lints on articles built by hand, in the shapes the parser gives, so each lint is tested on its own. */
class ContentLintsTest {
    private static final OffsetDateTime DATE = OffsetDateTime.of(2024, 11, 21, 9, 30, 0, 0, ZoneOffset.ofHours(7));

    private static Article article(String source, String headline, List<Block> body, List<Quote> quotes,
                                   List<Problem> problems) {
        return new Article(source, headline, HeadlineSource.TITLE_LINE, headline.toLowerCase().replace(' ', '-'),
                new Dateline("KOMPAS.com", "JAKARTA"), DATE, null, null, List.of(), false, null, null, body,
                List.of(), quotes, Credits.NONE, null, List.of(), problems);
    }

    private static CheckedFile checked(Article article) {
        StringBuilder text = new StringBuilder();
        for (int line = 1; line <= 8; line++) {
            text.append("baris ").append(line).append('\n');
        }
        return new CheckedFile(SourceFile.ofText(article.source(), text.toString()), article);
    }

    private static Block.Paragraph paragraph(int index, int line) {
        return new Block.Paragraph(index, "Paragraf ke-" + index + ".", line);
    }

    @Test
    void warnsAboutAReadAlsoTitleNoArticleHasAtItsLine() {
        Article banjir = article("content/banjir.txt", "Banjir Rendam Jakarta", List.of(paragraph(0, 1),
                new Block.ReadAlso("Baca juga", "Judul yang Tidak Ada", null, 0, 2), paragraph(1, 3)),
                List.of(), List.of());

        List<Problem> problems = ContentLints.lint(List.of(checked(banjir)));

        assertEquals(1, problems.size(), problems.toString());
        assertEquals("content/banjir.txt", problems.get(0).file());
        assertEquals(2, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("Judul yang Tidak Ada"));
    }

    @Test
    void acceptsAReadAlsoTitleThatNamesAnotherArticle() {
        Article gempa = article("content/gempa.txt", "Gempa Guncang Cianjur", List.of(paragraph(0, 1)), List.of(),
                List.of());
        Article banjir = article("content/banjir.txt", "Banjir Rendam Jakarta", List.of(paragraph(0, 1),
                new Block.ReadAlso("Baca juga", "gempa guncang cianjur", null, 0, 2)), List.of(), List.of());

        assertEquals(List.of(), ContentLints.lint(List.of(checked(banjir), checked(gempa))));
    }

    @Test
    void warnsAboutAQuoteWithoutASpeakerAtItsParagraphsLine() {
        Article banjir = article("content/banjir.txt", "Banjir Rendam Jakarta",
                List.of(paragraph(0, 1), paragraph(1, 4)),
                List.of(new Quote(1, "Kami sudah menyiapkan perahu karet dan dapur umum", null),
                        new Quote(0, "Air mulai surut", "Kepala BPBD DKI")), List.of());

        List<Problem> problems = ContentLints.lint(List.of(checked(banjir)));

        assertEquals(List.of(Problem.warning("content/banjir.txt", 4, "the quote \"Kami sudah menyiapkan perahu"
                + " karet dan...\" names no speaker; say who said it, as in `...,\" ujar Nama Narasumber.`")),
                problems);
    }

    /** Saved web pages are articles to the build, so the check reads them as well, the same way. */
    @Test
    void checksSavedWebPagesAsTheBuildReadsThem(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path content = java.nio.file.Files.createDirectories(dir.resolve("content"));
        java.nio.file.Files.copy(java.nio.file.Path.of("src/test/resources/html/kompas.html"),
                content.resolve("kompas.html"));

        ContentCheck.Result result = new ContentCheck().run(content);

        assertEquals(1, result.files(), result.problems().toString());
        assertEquals(0, result.errors(), result.problems().toString());
    }

    @Test
    void doesNotReportAMissingDateWhenTheParserFoundOne() {
        Article dated = article("content/banjir.txt", "Banjir Rendam Jakarta", List.of(paragraph(0, 1)), List.of(),
                List.of());

        assertEquals(List.of(), ContentLints.lint(List.of(checked(dated))));
    }

    @Test
    void countsHeadlineLengthInCharactersNotBytes() {
        String headline = "é".repeat(ContentLints.MAX_HEADLINE);
        Article exact = article("content/a.txt", headline, List.of(paragraph(0, 1)), List.of(), List.of());
        Article longer = article("content/b.txt", headline + "x", List.of(paragraph(0, 1)), List.of(), List.of());

        List<Problem> problems = ContentLints.lint(List.of(checked(exact), checked(longer)));

        assertEquals(1, problems.size(), problems.toString());
        assertEquals("content/b.txt", problems.get(0).file());
    }

    @Test
    void sortsProblemsByFileThenLineAndDropsRepeats() {
        Problem late = Problem.warning("b.txt", 9, "x");
        Problem early = Problem.warning("b.txt", 2, "y");
        Problem other = Problem.error("a.txt", 5, "z");

        assertEquals(List.of(other, early, late), ContentCheck.sorted(List.of(late, early, other, late)));
    }

    @Test
    void showsAHeadlineMadeFromTheLedeAndADateTakenFromItWithTheFrontMatterToAdd() {
        Article lede = new Article("content/cabai.txt", "Harga Cabai Rawit di Pasar Induk Naik", HeadlineSource.LEDE,
                "harga-cabai-rawit-di-pasar-induk-naik", new Dateline(null, "Jakarta").withTextDate(
                java.time.LocalDate.of(2024, 11, 21)), DATE, null, null, List.of(), false, null, null,
                List.of(paragraph(0, 1)), List.of(), List.of(), Credits.NONE, null, List.of(), List.of());

        List<String> messages = ContentLints.lint(List.of(checked(lede))).stream().map(Problem::message).toList();

        assertTrue(messages.contains("the headline was made from the lede: \"Harga Cabai Rawit di Pasar Induk Naik\";"
                + " to keep it or write a better one, add `title: Harga Cabai Rawit di Pasar Induk Naik` to the front"
                + " matter"), messages.toString());
        assertTrue(messages.contains("the date 2024-11-21 was taken from the lede, without a time of day; to confirm"
                + " it or give the time, add `date: 2024-11-21 09:30` (Asia/Jakarta time) to the front matter"),
                messages.toString());
    }
}
