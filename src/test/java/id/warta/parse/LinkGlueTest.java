package id.warta.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkGlueTest {

    /** The rest of the article, whose words are the evidence: names alone, common words in lower case. */
    private static final String CONTEXT = "Prabowo menjadi tamu. Trump berbicara dan presiden itu tersenyum. Iran"
            + " dan Israel yang bertikai. Indonesia akan hadir. Bandung menang, Persib juara.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        "PresidenPrabowo Subiantomenjadi inspektur.=>Presiden Prabowo Subianto menjadi inspektur.",
        "Indonesiayang maju.=>Indonesia yang maju.",
        "DilansirAFP, Trumpmenyatakan setuju.=>Dilansir AFP, Trump menyatakan setuju.",
        "Perang IrandanIsraelmengguncang kawasan.=>Perang Iran dan Israel mengguncang kawasan.",
        "PersibBandung menang.=>Persib Bandung menang.",
        "Partai Demokrat,Zohran Mamdani maju.=>Partai Demokrat, Zohran Mamdani maju.",
    })
    void splitsWordsALinkGlued(String line, String split) {
        List<String> notes = new ArrayList<>();
        assertEquals(split, LinkGlue.of(List.of(line, CONTEXT)).split(line, notes));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        "Partai NasDem dan IndoStrategi bertemu di AirNav.", "Menurutnya, Padahal, Makanya, Tentunya semua benar.",
        "Dia ke Pontianak dan Ramadan tiba.", "Daripada diam, Bagaimana kalau ke Indomobil?",
        "Kampanye #SaveRajaAmpat ramai di YouTube dan detikNews.", "Trumpmenyatakan sikap.",
    })
    void leavesNamesSuffixesAndCompoundsAlone(String line) {
        List<String> notes = new ArrayList<>();
        String context = CONTEXT + " Pontianak. dari pada bagai mana anak dan hal nya. Rama datang. Indo mobil.";
        String expected = line.equals("Trumpmenyatakan sikap.") ? "Trump menyatakan sikap." : line;
        assertEquals(expected, LinkGlue.of(List.of(line, context)).split(line, notes));
    }

    @Test
    void aTailTheTextShowsOnlyAfterAGluedLinkStartNeedsFiveLetters() {
        String line = "MenteriKeuangan Purbayamenyat akan hal itu.";
        List<String> notes = new ArrayList<>();
        assertEquals("Menteri Keuangan Purbayamenyat akan hal itu.",
                LinkGlue.of(List.of(line, "menteri tiba.")).split(line, notes));
    }

    @Test
    void namesEachSplitInItsWarning() {
        String line = "PresidenPrabowo Subiantomenjadi inspektur.";
        List<String> notes = new ArrayList<>();
        LinkGlue.of(List.of(line, CONTEXT)).split(line, notes);
        assertEquals(List.of("split words a link ran together: PresidenPrabowo → Presiden Prabowo, Subiantomenjadi →"
                + " Subianto menjadi; check them and put the spaces in the text"), notes);
    }
}
