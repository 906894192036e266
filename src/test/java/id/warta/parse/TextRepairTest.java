package id.warta.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextRepairTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        "&ldquo;Kami siap,&rdquo; kata dia.=>“Kami siap,” kata dia.",
        "&#8220;Kami siap,&#8221; kata dia.=>“Kami siap,” kata dia.",
        "Jawa Barat &amp; Jawa Timur=>Jawa Barat & Jawa Timur",
        "nilai &lt;5 persen=>nilai <5 persen",
        "harga &#x52;p 5.000=>harga Rp 5.000",
        "AT&T dan R&D tetap=>AT&T dan R&D tetap",
    })
    void decodesHtmlEntitiesWithJsoupsTable(String raw, String decoded) {
        assertEquals(decoded, TextRepair.decodeEntities(raw));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        "harga &#14;naik=>harga naik",
        "baris&#x85; berikut=>baris\u2026 berikut", // HTML reads C1 numbers as Windows-1252
        "nol&#0; byte=>nol\uFFFD byte", // and zero as the replacement character
        "tab&#9;tetap=>tab\ttetap",
    })
    void entitiesThatDecodeToControlCharactersLeaveNothing(String raw, String decoded) {
        assertEquals(decoded, TextRepair.decodeEntities(raw));
    }

    @Test
    void decodedMarkupStaysText() {
        List<String> notes = new ArrayList<>();
        assertEquals("<script>alert(1)</script> & teks", TextRepair.repair("&lt;script&gt;alert(1)&lt;/script&gt; &amp; teks", notes));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        "Pelatih JÃ³hann ViÃ°ar datang=>Pelatih Jóhann Viðar datang",
        "margin of error Â±1%=>margin of error ±1%",
        "kata dia, â€œbesokâ€\u009D=>kata dia, “besok”",
    })
    void repairsMojibakeThatRoundTrips(String raw, String fixed) {
        List<String> notes = new ArrayList<>();
        assertEquals(fixed, TextRepair.repair(raw, notes));
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).startsWith("repaired mojibake (UTF-8 read as Windows-1252): `"), notes.get(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        "Kafe “Café Senja” milik José=>x", "Harga naik ±1% dan suhu 30°C=>x", "São Paulo dan Zürich — dua kota=>x",
        "SÃO PAULO dan MÃE=>x",
    })
    void neverTouchesValidText(String text, String ignored) {
        List<String> notes = new ArrayList<>();
        assertEquals(text, TextRepair.repair(text, notes));
        assertEquals(List.of(), notes);
    }

    @Test
    void warnsAboutMojibakeThatLostAByte() {
        List<String> notes = new ArrayList<>();
        assertEquals("kiper Ãvarsson cadangan", TextRepair.repair("kiper Ãvarsson cadangan", notes));
        assertEquals(List.of("this line still looks like mojibake that cannot be undone (`kiper Ãvarsson cadangan`);"
                + " copy the text again from its source"), notes);
    }
}
