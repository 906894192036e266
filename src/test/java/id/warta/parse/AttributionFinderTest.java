package id.warta.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributionFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Dilansir dari Reuters, Jenderal AS berbicara.|Reuters",
        "Dilansir AFP pada Senin, pasukan mundur.|AFP",
        "Informasi itu dilansir dari laman resmi BMKG pada Kamis.|BMKG",
        "Melansir BBC, klub itu kalah.|BBC",
        "Mengutip Kompas.com, harga naik.|Kompas.com",
        "Dikutip dari kantor berita Antara, Kamis (21/5), banjir surut.|Antara",
        "Hal itu seperti dikutip dari The Guardian.|The Guardian",
        "Hal itu seperti dikutip CNN (21/5).|CNN",
        "Sebagaimana dikutip dari situs Logam Mulia, harga naik.|Logam Mulia",
        "Seperti dilaporkan Yonhap dan AFP, rudal jatuh di laut.|Yonhap; AFP",
        "Berdasarkan laporan BPBD Jawa Timur, banjir meluas.|BPBD Jawa Timur",
        "Berdasarkan pemberitaan Tempo yang terbit kemarin, harga naik.|Tempo",
        "Seperti diberitakan Tempo pada Kamis, MUI mengimbau umat.|Tempo",
        "Menurut laporan Bloomberg, bank sentral menahan suku bunga.|Bloomberg",
        "\"Kami rapuh,\" katanya dilansir dari The Sun.|The Sun",
        "Dilansir dari akun Instagram resmi @bmkgdiy, gempa terasa.|@bmkgdiy",
        "Data itu dilansir dari Kementerian Pemuda dan Olahraga, Senin.|Kementerian Pemuda dan Olahraga",
    })
    void namesTheSource(String paragraph, String sources) {
        assertEquals(List.of(sources.split("; ")), AttributionFinder.find(List.of(paragraph)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hal itu disampaikan dalam keterangan tertulis, dikutip dari siaran persnya.",
        "Menurut dia, harga akan turun.",
        "Menurut Budi, harga akan turun.",
        "Mengutip pernyataan presiden, ia menolak.",
    })
    void ignoresLowerCaseSourcesAndSpeech(String paragraph) {
        assertEquals(List.of(), AttributionFinder.find(List.of(paragraph)));
    }

    @org.junit.jupiter.api.Test
    void keepsDistinctSourcesInOrderOfFirstMention() {
        assertEquals(List.of("Reuters", "AFP"), AttributionFinder.find(List.of(
                "Dilansir dari Reuters, a.", "Mengutip AFP, b.", "Dilansir dari Reuters, c.")));
    }
}
