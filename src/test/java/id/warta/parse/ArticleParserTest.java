package id.warta.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.content.SourceFile;
import id.warta.model.Article;
import id.warta.model.Block;
import id.warta.model.Editorial;
import id.warta.model.HeadlineSource;
import id.warta.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

    private static Article parse(String text) {
        return new ArticleParser().parse(Fixtures.source("t", text));
    }

    @Test
    void wrongFrontMatterDateIsAnErrorOnTheDateLine() {
        Article a = parse("---\ntitle: Judul\ndate: 2024-13-45\n---\nIsi berita.\n");
        Problem p = a.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertEquals(3, p.line());
        assertTrue(p.message().contains("date"), p.message());
        assertNull(a.date());
    }

    @Test
    void editorialKeysAreRead() {
        Article a = parse("---\ntitle: Judul\nrubrik: ' Ekonomi '\nupdated: 2024-11-22 10:15\npilihan: ya\n"
                + "tokoh: [Sri Mulyani, Sri Mulyani, Mark Milley]\n---\nIsi berita.\n");
        assertEquals("Ekonomi", a.editorial().section());
        assertEquals("2024-11-22T10:15+07:00", a.editorial().updated().toString());
        assertTrue(a.editorial().featured());
        assertEquals(List.of("Sri Mulyani", "Mark Milley"), a.editorial().people());
    }

    @Test
    void unreadableUpdatedIsAnErrorOnItsLine() {
        Article a = parse("---\ntitle: Judul\nupdated: kemarin sore\n---\nIsi berita.\n");
        Problem p = a.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertEquals(3, p.line());
        assertTrue(p.message().startsWith("`updated: kemarin sore` cannot be read"), p.message());
        assertNull(a.editorial().updated());
    }

    @Test
    void articleWithoutEditorialKeysHasNone() {
        assertEquals(Editorial.NONE, parse("Jakarta - Banjir.\n").editorial());
    }

    @Test
    void inTextDateIsNeverThePublicationDate() {
        assertNull(parse("Jakarta - Banjir terjadi pada Kamis (21/5).\n").date());
    }

    @Test
    void frontMatterTitleIsNeverRecased() {
        Article a = parse("---\ntitle: KPU Sulsel mulai distribusikan logistik\nslug: Logistik KPU Sulsel!\n---\nIsi.\n");
        assertEquals("KPU Sulsel mulai distribusikan logistik", a.headline());
        assertEquals(HeadlineSource.FRONT_MATTER, a.headlineSource());
        assertEquals("logistik-kpu-sulsel", a.slug());
    }

    @Test
    void titleLineBecomesHeadlineUnchanged() {
        Article a = parse("Guardiola akui timnya RAPUH\nJakarta - Manchester City kalah lagi.\n");
        assertEquals("Guardiola akui timnya RAPUH", a.headline());
        assertEquals(HeadlineSource.TITLE_LINE, a.headlineSource());
        assertEquals("Jakarta", a.dateline().place());
        assertEquals("Manchester City kalah lagi.", a.paragraphs().get(0).text());
    }

    @Test
    void readAlsoRecordsWhereItStands() {
        Article a = parse("Baca juga: Sebelum Semua\nPertama.\nBaca juga: Sesudah Pertama\nKedua.\n");
        List<Block> body = a.body();
        assertEquals(-1, ((Block.ReadAlso) body.get(0)).afterParagraph());
        assertEquals(0, ((Block.ReadAlso) body.get(2)).afterParagraph());
        assertNull(((Block.ReadAlso) body.get(2)).href());
        assertEquals(1, ((Block.Paragraph) body.get(3)).index());
    }

    @Test
    void bylineBeforeDatelineIsKeptAsReporter() {
        Article a = parse("Laporan Wartawan Tribunnews.com, Rizki Sandi Saputra\nTRIBUNNEWS.COM, JAKARTA - KPK memeriksa.\n");
        assertEquals("Rizki Sandi Saputra", a.credits().roles().get("reporter"));
        assertEquals("TRIBUNNEWS.COM", a.dateline().outlet());
        assertEquals(1, a.paragraphs().size());
    }

    @Test
    void creditWordsInsideTheStoryStayText() {
        Article a = parse("Jakarta - Awal.\nEditor: kata ini di tengah.\nAkhir cerita.\n");
        assertEquals(3, a.paragraphs().size());
        assertTrue(a.credits().isEmpty());
    }

    @Test
    void neverThrowsOnEmptyOrStrangeInput() {
        for (String text : List.of("", "\n\n", "(*)", "Baca juga", "\"", "Jakarta", "—", "&nbsp;")) {
            Article a = new ArticleParser().parse(SourceFile.ofText("x", text));
            assertTrue(a.headline() != null && !a.headline().isEmpty(), text);
        }
    }

    @Test
    void sourceFileProblemsAreKept() {
        Article a = parse("---\ntitle: A\nfoo: bar\n---\nIsi.\n");
        assertTrue(a.problems().stream().anyMatch(p -> p.message().contains("foo")));
    }

    @Test
    void dumpWritesEmptySectionsOnOneLine() {
        String dump = ArticleDump.render(parse("Jakarta - Isi berita.\n"));
        assertTrue(dump.contains("\nquotes: -\ncredits: -\nnoise: -\nwarnings: -\n"), dump);
        assertTrue(dump.startsWith("headline: Isi Berita\nheadlineSource: lede\nslug: isi-berita\noutlet: -\n"), dump);
    }
}
