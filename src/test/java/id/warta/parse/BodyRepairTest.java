package id.warta.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.content.SourceFile;
import id.warta.model.Article;
import id.warta.model.Block;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Line repair on whole articles, checked with the ledger that every line lands in exactly one place. */
class BodyRepairTest {

    private static ParseRun run(String text) {
        SourceFile file = SourceFile.ofText("t.txt", text);
        ParseRun run = new ArticleParser().run(file);
        Conservation.check(file, run);
        return run;
    }

    private static List<String> paragraphs(Article a) {
        return a.paragraphs().stream().map(Block.Paragraph::text).toList();
    }

    @Test
    void joinsADatelineAndALinkedNameBrokenOverLines() {
        Article a = run("Jakarta\n-\nLuna Sari\nternyata menyiapkan film baru.\nIa menyebut\nlatihannya berat.\n").article();
        assertEquals("Jakarta", a.dateline().place());
        assertEquals(List.of("Luna Sari ternyata menyiapkan film baru.", "Ia menyebut latihannya berat."), paragraphs(a));
    }

    @Test
    void joinsPunctuationAndLinesAfterACommaButNotNewSentences() {
        Article a = run("Dalam jumpa pers di Bandung,\nRina Sari\nmenyebut kenaikan itu wajar\n, kata dia.\n"
                + "Harga naik sejak Senin.\nPedagang mengeluh.\n").article();
        assertEquals(List.of("Dalam jumpa pers di Bandung, Rina Sari menyebut kenaikan itu wajar, kata dia.",
                "Harga naik sejak Senin.", "Pedagang mengeluh."), paragraphs(a));
    }

    @Test
    void neverJoinsAcrossABlankLineOrIntoFurniture() {
        Article a = run("Bantuan datang pagi ini.\nWarga menunggu bantuan di\n\nbalai desa sejak pagi.\nADVERTISEMENT\n"
                + "setelah itu pulang.\n").article();
        assertEquals(4, a.paragraphs().size(), paragraphs(a).toString());
    }

    @Test
    void takesTrailingTagLinesAsTagsWhenFrontMatterHasNone() {
        Article a = run("Harga cabai naik menjelang Lebaran.\n(abc/def)\nharga cabai\npasar induk\n").article();
        assertEquals(List.of("harga cabai", "pasar induk"), a.tags());
        assertEquals("(abc/def)", a.credits().initials());
    }

    @Test
    void aStorysOwnLowerCaseLastLinesAreNoTags() {
        Article a = run("Harga cabai naik menjelang Lebaran dan\nterus naik\nsetiap hari\n").article();
        assertEquals(List.of(), a.tags());
    }

    @Test
    void keepsALineRepeatedAtOnceOnce() {
        Article a = run("Harga naik.\nHarga naik.\nPedagang mengeluh.\n").article();
        assertEquals(List.of("Harga naik.", "Pedagang mengeluh."), paragraphs(a));
        assertEquals(List.of("Harga naik."), a.noise());
        assertEquals("this line repeats the line before it; it was kept once and the copy dropped as noise",
                a.problems().get(0).message());
    }

    @Test
    void reparagraphsAWallAndSaysSo() {
        String wall = "Warga desa itu menunggu bantuan sejak pekan lalu di balai desa. ".repeat(30).strip();
        Article a = run(wall + "\n").article();
        assertTrue(a.paragraphs().size() >= 8, paragraphs(a).toString());
        assertTrue(a.problems().get(0).message().startsWith("re-paragraphed joined text: " + Text.wordCount(wall)
                + " words on one line became " + a.paragraphs().size() + " paragraphs"), a.problems().toString());
    }

    @Test
    void textWithRealLineBreaksIsNeverReparagraphed() {
        String paragraph = "Warga desa itu menunggu bantuan sejak pekan lalu di balai desa. ".repeat(12).strip();
        Article a = run("Pertama. " + paragraph + "\nKedua. " + paragraph + "\nKetiga. " + paragraph + "\n").article();
        assertEquals(3, a.paragraphs().size());
        assertTrue(a.problems().isEmpty(), a.problems().toString());
    }
}
