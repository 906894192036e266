package id.warta.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadlineRuleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "amerika serikat (AS) mulai menjalin komunikasi dengan Rusia melalui perwira militernya|Amerika Serikat (AS) Mulai Menjalin Komunikasi dengan Rusia melalui Perwira Militernya",
        "anak-anak di bawah usia 13 tahun dibatasi|Anak-Anak di Bawah Usia 13 Tahun Dibatasi",
        "aksi tarik-menarik antara petugas dan warga|Aksi Tarik-menarik antara Petugas dan Warga",
        "apple menjual iPhone 16 kepada DPR|Apple Menjual iPhone 16 kepada DPR",
        "di balik layar para pemain|Di Balik Layar para Pemain",
    })
    void capitalisesAsIndonesianTitle(String text, String title) {
        assertEquals(title, TitleCase.apply(text));
    }

    @Test
    void derivesFromFirstSentenceWithoutFullStop() {
        assertEquals("Harga Emas Naik", HeadlineRule.fromLede("Harga emas naik. Investor senang.", 110));
    }

    @Test
    void cutsLongLedeAtWordBoundary() {
        String lede = "Kementerian Kesehatan mencatat sedikitnya 1.200 kasus demam berdarah dengue baru di 15 provinsi"
                + " selama dua pekan pertama musim hujan.";
        String headline = HeadlineRule.fromLede(lede, 110);
        assertTrue(headline.length() <= 110);
        assertEquals("Kementerian Kesehatan Mencatat Sedikitnya 1.200 Kasus Demam Berdarah Dengue Baru di 15 Provinsi"
                + " selama Dua", headline);
    }

    @Test
    void aCutHeadlineDoesNotEndOnAFunctionWord() {
        String lede = "Komisi Pemberantasan Korupsi (KPK) menetapkan dua tersangka baru dalam kasus dugaan suap proyek"
                + " jalan di Kalimantan Timur pada pekan ini.";
        assertEquals("Komisi Pemberantasan Korupsi (KPK) Menetapkan Dua Tersangka Baru dalam Kasus Dugaan Suap Proyek Jalan",
                HeadlineRule.fromLede(lede, 110));
    }

    @Test
    void anUncutHeadlineKeepsItsLastWord() {
        assertEquals("Harga Cabai Naik di Pasar", HeadlineRule.fromLede("Harga cabai naik di pasar.", 110));
    }

    @Test
    void keepsSentenceEndingAtAbbreviation() {
        assertEquals("Kata Dr. Budi Hari Ini Cerah", HeadlineRule.fromLede("Kata dr. Budi hari ini cerah. Lalu.", 110)
                .replace("Dr.", "Dr."));
    }

    @Test
    void recognisesTitleLines() {
        assertTrue(HeadlineRule.isTitleLine("Manchester City Kalah Lima Kali Beruntun, Guardiola Akui Timnya Rapuh"));
        assertFalse(HeadlineRule.isTitleLine("Manchester City kalah lagi."));
        assertFalse(HeadlineRule.isTitleLine("Jakarta"));
    }
}
