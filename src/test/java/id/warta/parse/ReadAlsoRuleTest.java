package id.warta.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadAlsoRuleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Baca juga: Daftar Barang Bebas PPN|Baca juga|Daftar Barang Bebas PPN",
        "Baca Juga: AS Mulai Hilang Kesabaran|Baca Juga|AS Mulai Hilang Kesabaran",
        "BACA JUGA: Indra Sjafri Panggil 30 Pemain|BACA JUGA|Indra Sjafri Panggil 30 Pemain",
        "Baca Juga : Judul Berita|Baca Juga|Judul Berita",
        "Lihat Juga : Kim Jong Un Perintahkan Militer|Lihat Juga|Kim Jong Un Perintahkan Militer",
        "Baca: Deretan Lomba 17 Agustus|Baca|Deretan Lomba 17 Agustus",
        "(BACA : Makna Panjat Pinang)|BACA|Makna Panjat Pinang",
        "Pilihan Editor: Jadwal Imsakiyah Ramadan 2025|Pilihan Editor|Jadwal Imsakiyah Ramadan 2025",
        "Baca Juga: Rusia Pamer Senjata Laser 'Peresvet': Bisa Butakan Satelit|Baca Juga|Rusia Pamer Senjata Laser 'Peresvet': Bisa Butakan Satelit",
    })
    void readsLabelAndTitleFromOneLine(String line, String label, String title) {
        ReadAlsoRule.Link link = ReadAlsoRule.inline(line);
        assertEquals(label, link.label());
        assertEquals(title, link.title());
    }

    @Test
    void readsLoneLabels() {
        assertEquals("Berita Terkait", ReadAlsoRule.aloneLabel("Berita Terkait"));
        assertEquals("Artikel Terkait", ReadAlsoRule.aloneLabel("Artikel Terkait"));
        assertEquals("Baca Juga", ReadAlsoRule.aloneLabel("Baca Juga"));
    }

    @Test
    void boxTitlesAreShortAndNotSentences() {
        assertTrue(ReadAlsoRule.isBoxTitle("Daftar Obat Sirop yang Dinyatakan Aman oleh BPOM"));
        assertFalse(ReadAlsoRule.isBoxTitle("Tim SAR menemukan pendaki yang hilang di Gunung Salak."));
    }

    @Test
    void flagsLabelInsideParagraphButNotAtItsStart() {
        assertEquals("BACA JUGA:", ReadAlsoRule.labelInside("Timnas menang. BACA JUGA: Judul Lain Pelatih bangga."));
        assertNull(ReadAlsoRule.labelInside("Timnas menang tanpa gol."));
    }

    @Test
    void neverReadsAcrossTheWholeArticle() {
        assertNull(ReadAlsoRule.inline("Ia membaca juga koran pagi itu."));
    }
}
