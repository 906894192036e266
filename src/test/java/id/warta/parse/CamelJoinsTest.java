package id.warta.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CamelJoinsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        "rencanaAmerika=>rencana Amerika", "pengundianASEAN,=>pengundian ASEAN,", "dikutipAFP.=>dikutip AFP.",
        "\"menurutPresiden=>\"menurut Presiden", "diJakarta=>di Jakarta", "aplikasiWhatsApp=>aplikasi WhatsApp",
    })
    void splitsWordsAScraperRanTogether(String word, String split) {
        assertEquals(split, CamelJoins.splitWord(word));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "iPhone", "YouTube", "WhatsApp", "TikTok", "detikcom", "KOMPAS.com", "detikSore", "eBay", "mAh", "kWh",
        "iQiyi", "https://t.me/kanalBerita", "@akunResmi", "#BanjirJakarta", "x.com/pemkotBandung",
    })
    void leavesKnownNamesAndAddressesAlone(String word) {
        assertEquals(word, CamelJoins.splitWord(word));
    }

    @Test
    void splitsInsideALineAndWarnsAboutWhatIsLeft() {
        List<String> notes = new ArrayList<>();
        assertEquals("Pemain IrpanPrasojo dikutip AFP memakai iPhone di YouTube.",
                CamelJoins.split("Pemain IrpanPrasojo dikutipAFP memakai iPhone di YouTube.", notes));
        assertEquals(List.of("words that may be run together were left as written: IrpanPrasojo; put a space between"
                + " the words if a link joined them"), notes);
    }
}
