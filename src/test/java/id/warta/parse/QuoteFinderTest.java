package id.warta.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.warta.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "~", value = {
        "'\"Kami siap,\" ujar juru bicara Mark Milley seperti dilansir dari Reuters.'|Kami siap,|juru bicara Mark Milley",
        "'“Kami siap,” kata Ipuk saat membuka acara.'|Kami siap,|Ipuk",
        "'‘‘Kami siap,’’ tutur Budi kepada wartawan.'|Kami siap,|Budi",
        "'\"Kami siap,” ucap Budi di Jakarta.'|Kami siap,|Budi",
        "'&quot;Kami siap,&quot; jelas Budi.'|Kami siap,|Budi",
        "'\"Kami siap,\" katanya.'|Kami siap,|~",
        "'\"Kami siap,\" pungkasnya kepada wartawan.'|Kami siap,|~",
        "'\"Kami siap,\" kata Kepala BNPB Suharyanto, Senin (21/5).'|Kami siap,|Kepala BNPB Suharyanto",
        "'\"Kami siap,\" imbuh Kapolda Kamis (21/5).'|Kami siap,|Kapolda",
        "'Menteri Keuangan Sri Mulyani mengatakan, \"Kebijakan ini adil.\"'|Kebijakan ini adil.|Menteri Keuangan Sri Mulyani",
        "'Menurut dia, \"Semua aman.\"'|Semua aman.|dia",
        "'\"Semua aman terkendali.\"'|Semua aman terkendali.|~",
        "'\"Kami berduka atas wafatnya dokter itu,\" demikian pernyataan Kemlu RI.'|Kami berduka atas wafatnya dokter itu,|Kemlu RI",
        "'\"Hujan deras mengguyur sejak sore,\" demikian laporan tertulis BPBD Kota Bogor.'|Hujan deras mengguyur sejak sore,|BPBD Kota Bogor",
    })
    void findsSpeechAndSpeaker(String paragraph, String text, String speaker) {
        assertEquals(List.of(new Quote(3, text, speaker)), QuoteFinder.find(3, paragraph));
    }

    @Test
    void splitQuoteGivesTwoQuotesWithOneSpeaker() {
        assertEquals(List.of(new Quote(0, "Kami siap,", "Budi"), new Quote(0, "Semua sudah disiapkan.", "Budi")),
                QuoteFinder.find(0, "\"Kami siap,\" kata Budi, \"Semua sudah disiapkan.\""));
    }

    @Test
    void readsDoubledSingleQuotes() {
        assertEquals(List.of(new Quote(0, "Kami siap,", "Budi")), QuoteFinder.find(0, "''Kami siap,'' kata Budi."));
    }

    @Test
    void quotedWordInsideSentenceIsNotSpeech() {
        assertEquals(List.of(), QuoteFinder.find(0, "Panggilan itu lewat hotline yang disebut \"deconfliction\"."));
    }
}
