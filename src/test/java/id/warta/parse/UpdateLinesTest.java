package id.warta.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.warta.content.SourceFiles;
import id.warta.model.Article;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UpdateLinesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        "Diperbarui 21 Nov 2024, 10:15 WIB=>2024-11-21T10:15+07:00",
        "Diperbarui: Kamis, 21 November 2024 | 10.15 WIB=>2024-11-21T10:15+07:00",
        "Update: Kamis, 21/11/2024 10:15 WIB=>2024-11-21T10:15+07:00",
        "Terakhir diperbarui pada 3 Desember 2024 08.00 WITA=>2024-12-03T08:00+08:00",
        "Updated 21 November 2024=>2024-11-21T00:00+07:00",
    })
    void readsTheOutletsUpdateLines(String line, String when) {
        assertEquals(OffsetDateTime.parse(when), UpdateLines.read(line).updated());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Update harga cabai akan diumumkan pekan depan oleh dinas.", "Diperbarui secara berkala oleh redaksi",
        "Update: 31/13/2024 10:15", "Pembaruan aplikasi tersedia mulai hari ini.",
    })
    void leavesSentencesAndUnreadableDatesAlone(String line) {
        assertNull(UpdateLines.read(line));
    }

    @Test
    void aDayNameThatDisagreesIsPassedOn() {
        assertEquals("the date says Jumat but 2024-11-21 is a Kamis (Thursday); check the date",
                UpdateLines.read("Diperbarui: Jumat, 21 November 2024 | 10.15 WIB").warning());
    }

    @Test
    void theTextsLineFillsTheUpdateTimeAndLeavesTheBody() throws Exception {
        Article article = parse("Diperbarui 21 Nov 2024, 10:15 WIB\nJakarta - Harga cabai naik pada Kamis"
                + " (21/11/2024).\n\nPedagang mengeluh.\n");
        assertEquals(OffsetDateTime.parse("2024-11-21T10:15+07:00"), article.editorial().updated());
        assertEquals(2, article.paragraphs().size());
        assertEquals("line 1: the update line was taken out of the body and gives the update time"
                + " 2024-11-21T10:15+07:00; add `updated:` to the front matter to set it yourself",
                "line " + article.problems().get(0).line() + ": " + article.problems().get(0).message());
    }

    @Test
    void frontMatterUpdatedWins() throws Exception {
        Article article = parse("---\nupdated: 2024-11-20 16:30\n---\nUpdate 21 Nov 2024, 10:15 WIB\n"
                + "Harga beras turun.\n");
        assertEquals(OffsetDateTime.parse("2024-11-20T16:30+07:00"), article.editorial().updated());
        assertEquals(1, article.paragraphs().size());
    }

    private static Article parse(String text) throws Exception {
        return new ArticleParser().parse(SourceFiles.fromBytes("harga.txt", text.getBytes(StandardCharsets.UTF_8)));
    }
}
