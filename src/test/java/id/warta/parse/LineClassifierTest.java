package id.warta.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineClassifierTest {

    @ParameterizedTest
    @ValueSource(strings = {"ADVERTISEMENT", "Advertisement", "SCROLL TO CONTINUE WITH CONTENT",
        "SCROLL TO RESUME CONTENT", "ADVERTISEMENTSCROLL TO RESUME CONTENT", "ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT",
        "[Gambas:Video CNN]", "[Gambas:Instagram]", "[Gambas:Video 20detik]",
        "Simak juga Video 'Polisi Ungkap Peredaran Uang Palsu':", "Saksikan video pilihan di bawah ini:",
        "Selengkapnya di halaman selanjutnya."})
    void dropsFurnitureAsNoise(String line) {
        assertEquals(LineKind.NOISE, LineClassifier.classify(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Gambas adalah nama sebuah desa di Sulawesi.", "Iklan rokok dilarang di televisi.",
        "Video itu viral di media sosial sejak Senin."})
    void keepsTextThatMentionsNoiseWords(String line) {
        assertEquals(LineKind.TEXT, LineClassifier.classify(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Download aplikasi Tribunnews untuk mendapatkan berita terkini.",
        "Follow Tribunnews.com di WhatsApp Channel untuk mendapatkan berita terkini.",
        "Baca artikel detiksport, \"Timnas Menang\" selengkapnya https://sport.detik.com/x"})
    void setsPromosAsideAsBoilerplate(String line) {
        assertEquals(LineKind.BOILERPLATE, LineClassifier.classify(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Artikel ini telah tayang di Tribunnews.com dengan judul Harga Cabai Naik, https://www.tribunnews.com/x",
        "Artikel ini telah tayang di Kompas.com dengan judul \"ASDP Prediksi\", Klik untuk baca: https://kompas.com/x."})
    void recognisesSyndicationFooters(String line) {
        assertEquals(LineKind.SYNDICATION, LineClassifier.classify(line));
    }
}
