package id.warta.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndonesianWordsTest {
    private static final String LEDE = "Pemerintah Provinsi DKI Jakarta menambahkan 120 pompa mobile setelah banjir "
            + "merendam permukiman warga di Kampung Melayu, Jakarta Timur, pada Minggu (3/3/2024). Penambahan itu "
            + "disampaikan Kepala Dinas Sumber Daya Air, yang menyebut warga kebanjiran hingga pukul 04.00 WIB.";

    private final IndonesianWords words = new IndonesianWords();

    @Test
    void formsThenStemsAreWhatIndonesianAnalyzerGives() throws IOException {
        List<String> ours = words.forms(LEDE).stream().map(words::stem).toList();
        assertEquals(lucene(LEDE), ours);
    }

    @Test
    void formsAreLowerCaseWithoutStopWords() {
        assertEquals(List.of("banjir", "merendam", "permukiman", "warga", "kampung", "melayu"),
                words.forms("Banjir merendam permukiman warga di Kampung Melayu."));
    }

    @ParameterizedTest
    @CsvSource({
        "ditambahkan, tambah",
        "penambahan, tambah",
        // Lucene's stemmer has no meN- + vowel -> t- rule (it has peN- + vowel -> t-), so these two part ways
        "menambah, ambah",
        "kebanjiran, banjir",
        "menyerahkan, serah",
        "diserahkan, serah",
        "penyerahan, serah",
        "rumahnya, rumah",
        "bersama, sama",
        "pelajar, ajar",
    })
    void stemsAffixedForms(String form, String stem) {
        assertEquals(stem, words.stem(form));
    }

    @Test
    void stopWordsAreLucenesSorted() {
        List<String> stop = IndonesianWords.stopWords();
        assertEquals(IndonesianAnalyzer.getDefaultStopSet().size(), stop.size());
        assertEquals(stop.stream().sorted().toList(), stop);
        assertEquals(true, stop.contains("yang") && stop.contains("di"));
    }

    private static List<String> lucene(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (IndonesianAnalyzer analyzer = new IndonesianAnalyzer();
             TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }
}
