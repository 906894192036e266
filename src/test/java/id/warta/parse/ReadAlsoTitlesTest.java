package id.warta.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadAlsoTitlesTest {

    /** Shapes of titles a scraper glued to the next sentence; {@code |} marks where the title must end. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        "Kiper Budi Santoso Terkesan dengan Cara Klub Memperkenalkan Pemain Baru|Budi Santoso datang dari Eropa.=>x",
        "Hasil Final 1-0: Gol Sundulan, Tuan Rumah Juara|Ia juga menyinggung laga berikutnya.=>x",
        "Musim Hujan Datang Lebih Awal|Sementara itu, sekolah menyiapkan jalur evakuasi.=>x",
        "Daftar Artis yang Meninggal di Usia Muda|Menurut laporan media setempat, polisi menyelidiki.=>x",
        "Striker Asal Brasil Dilirik Klub Ibu Kota|Pemain itu lahir di Sao Paulo.=>x",
        "Sekuat Apa Buktinya?|Catatan Redaksi ditulis setelahnya.=>x",
        "Gubernur Tinjau Banjir|\"Kami siapkan posko,\" katanya.=>x",
    })
    void endsWhereTheNextSentenceStarts(String marked, String ignored) {
        String text = marked.replace("|", " ");
        int expected = marked.indexOf('|');
        assertEquals(marked.substring(0, expected), text.substring(0, ReadAlsoTitles.end(text, 0, text.length())));
    }
}
