package id.warta.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineRuleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "~", value = {
        "JAKARTA, KOMPAS.com - Pemerintah menaikkan PPN.|KOMPAS.com|JAKARTA|Pemerintah menaikkan PPN.",
        "KOMPAS.com - Banjir melanda.|KOMPAS.com|~|Banjir melanda.",
        "KOMPAS.com -Banyuwangi kembali menggelar BEC.|KOMPAS.com|~|Banyuwangi kembali menggelar BEC.",
        "NGAWI, KOMPAS.com- Banjir merendam rumah.|KOMPAS.com|NGAWI|Banjir merendam rumah.",
        "NGAWI, KOMPAS.com – Banjir merendam rumah.|KOMPAS.com|NGAWI|Banjir merendam rumah.",
        "JAKARTA, KOMPAS — Kasus DBD naik.|KOMPAS|JAKARTA|Kasus DBD naik.",
        "JAKARTA, KOMPAS- Kasus DBD naik.|KOMPAS|JAKARTA|Kasus DBD naik.",
        "Jakarta - Polisi menangkap dua pria.|~|Jakarta|Polisi menangkap dua pria.",
        "TRIBUNNEWS.COM, JAKARTA - KPK memeriksa saksi.|TRIBUNNEWS.COM|JAKARTA|KPK memeriksa saksi.",
        "TRIBUNNEWS.COM, JAKARTA --Penggunaan gawai meningkat.|TRIBUNNEWS.COM|JAKARTA|Penggunaan gawai meningkat.",
        "TRIBUNNEWS.COM – Harga emas naik.|TRIBUNNEWS.COM|~|Harga emas naik.",
        "TRIBUNJATENG.COM- Harga cabai naik.|TRIBUNJATENG.COM|~|Harga cabai naik.",
        "TRIBUNLAMPUNG.CO.ID - Pelabuhan padat.|TRIBUNLAMPUNG.CO.ID|~|Pelabuhan padat.",
        "Liputan6.com, Jakarta - BMKG memperingatkan hujan.|Liputan6.com|Jakarta|BMKG memperingatkan hujan.",
        "Liputan6.com, Jakarta– BMKG memperingatkan hujan.|Liputan6.com|Jakarta|BMKG memperingatkan hujan.",
        "Liputan6.com, Jakarta- BMKG memperingatkan hujan.|Liputan6.com|Jakarta|BMKG memperingatkan hujan.",
        "Liputan6.com, Jakarta: Tim SAR menemukan pendaki.|Liputan6.com|Jakarta|Tim SAR menemukan pendaki.",
        "Liputan6.com, Jakarta Sejak kasus gagal ginjal merebak.|Liputan6.com|Jakarta|Sejak kasus gagal ginjal merebak.",
        "Jakarta, CNN Indonesia -- Korea Utara meluncurkan rudal.|CNN Indonesia|Jakarta|Korea Utara meluncurkan rudal.",
        "Jakarta, CNBC Indonesia - Harga emas naik.|CNBC Indonesia|Jakarta|Harga emas naik.",
        "Jakarta, CNBC Indonesia- Harga emas naik.|CNBC Indonesia|Jakarta|Harga emas naik.",
        "Banda Aceh (ANTARA) - BPBA mencatat pengungsi.|ANTARA|Banda Aceh|BPBA mencatat pengungsi.",
        "SURABAYA (ANTARA) - Pelindo meresmikan terminal.|ANTARA|SURABAYA|Pelindo meresmikan terminal.",
        "Surabaya (ANTARA/JACX) - Pelindo meresmikan terminal.|ANTARA/JACX|Surabaya|Pelindo meresmikan terminal.",
        "TEMPO.CO, Jakarta -&nbsp;Kemenag menetapkan awal Ramadan.|TEMPO.CO|Jakarta|Kemenag menetapkan awal Ramadan.",
        "REPUBLIKA.CO.ID, JAKARTA -- MUI meminta masyarakat tenang.|REPUBLIKA.CO.ID|JAKARTA|MUI meminta masyarakat tenang.",
        "KONTAN.CO.ID - JAKARTA. BPS mencatat surplus.|KONTAN.CO.ID|JAKARTA|BPS mencatat surplus.",
        "Suara.com - Timnas lolos.|Suara.com|~|Timnas lolos.",
        "Grid.ID- Setiap tanggal 17 Agustus warga berlomba.|Grid.ID|~|Setiap tanggal 17 Agustus warga berlomba.",
        "Nextren.com -Amerika Serikat (AS) mulai menjalin komunikasi.|Nextren.com|~|Amerika Serikat (AS) mulai menjalin komunikasi.",
        "JAKARTA - Anak-anak akan dibatasi.|~|JAKARTA|Anak-anak akan dibatasi.",
        "Jakarta: Aksi tarik-menarik terjadi.|~|Jakarta|Aksi tarik-menarik terjadi.",
        "JAKARTA,  KOMPAS.com  -   Spasi ganda tetap terbaca.|KOMPAS.com|JAKARTA|Spasi ganda tetap terbaca.",
    })
    void findsOutletPlaceAndRest(String line, String outlet, String place, String rest) {
        DatelineRule.Found found = DatelineRule.find(line);
        assertEquals(outlet, found.dateline().outlet());
        assertEquals(place, found.dateline().place());
        assertEquals(rest, found.rest());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jakarta, CNN Indonesia", "Jakarta", "JAKARTA, KOMPAS.com -"})
    void readsDatelineAloneOnItsLine(String line) {
        assertEquals("", DatelineRule.find(line).rest());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Presiden Prabowo - dalam pidatonya menegaskan tekad.",
        "Pemerintah Kota Bandung - kata dia - menyiapkan anggaran.",
        "Menurut Budi: harga naik.",
        "Apple resmi menjual iPhone 16 di Indonesia.",
    })
    void keepsPresidentDashAsText(String line) {
        assertNull(DatelineRule.find(line));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "TRIBUNNEWS.COM, SURABAYA - Banjir rob merendam pesisir.|TRIBUNNEWS.COM, SURABAYA -",
        "Jakarta (ANTARA) - BMKG memperingatkan hujan lebat.|Jakarta (ANTARA) -",
        "JAKARTA, KOMPAS.com - Pemerintah menaikkan PPN.|JAKARTA, KOMPAS.com -",
        "NGAWI, KOMPAS.com- Banjir merendam rumah.|NGAWI, KOMPAS.com-",
        "TEMPO.CO, Jakarta -&nbsp;Kemenag menetapkan awal Ramadan.|TEMPO.CO, Jakarta -",
        "KONTAN.CO.ID - JAKARTA. BPS mencatat surplus.|KONTAN.CO.ID - JAKARTA.",
        "Liputan6.com,  Jakarta Sejak kasus gagal ginjal merebak.|Liputan6.com, Jakarta",
        "Jakarta, CNN Indonesia -- Korea Utara meluncurkan rudal.|Jakarta, CNN Indonesia --"})
    void keepsTheDatelineAsWrittenWithItsSeparator(String line, String written) {
        assertEquals(written, DatelineRule.find(line).dateline().written());
    }
}
