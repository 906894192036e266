package id.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.warta.content.ContentException;
import id.warta.content.SourceFiles;
import id.warta.model.Article;
import id.warta.parse.ArticleParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityFinderTest {

    static Article parse(String text) {
        try {
            return new ArticleParser().parse(SourceFiles.fromBytes("t.txt", text.getBytes(StandardCharsets.UTF_8)));
        } catch (ContentException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }

    private static ArticleEntities found(String text) {
        return EntityFinder.of(parse(text));
    }

    @Test
    void titledNamesLeaveTheirTitlesAndRolesOut() {
        ArticleEntities found = found("""
                Presiden Prabowo Subianto meresmikan bendungan baru di Kabupaten Malang pada Senin (12/5/2025).
                Menteri Keuangan Sri Mulyani menyebut anggaran proyek itu sudah disiapkan sejak tahun lalu.
                Kapolres Malang AKBP Putu Kholis memastikan jalan menuju lokasi aman bagi warga.
                Di Washington, Jenderal Mark Milley menyampaikan hal serupa soal kerja sama pertahanan.
                """);
        assertEquals(List.of("Prabowo Subianto", "Sri Mulyani", "Putu Kholis", "Mark Milley"),
                names(found.people()));
    }

    @Test
    void aLaterSurnameJoinsItsFullNameAndMakesNoEntityOfItsOwn() {
        ArticleEntities found = found("""
                Jenderal tertinggi AS Mark Milley berbicara dengan Kepala Militer Rusia Valery Gerasimov lewat telepon.
                "Jalur komunikasi tetap terbuka," kata Milley kepada wartawan.
                Gerasimov tidak menanggapi pertanyaan soal isi percakapan tersebut.
                """);
        assertEquals(List.of("Mark Milley", "Valery Gerasimov"), names(found.people()));
    }

    @Test
    void quoteSpeakersAreTheSamePersonWhenResolvedFromEarlier() {
        ArticleEntities found = found("""
                Warga Desa Sukamaju kembali mengungsi setelah sungai meluap pada Selasa malam.
                "Air naik sangat cepat, kami tidak sempat menyelamatkan barang," kata Siti Aminah, warga setempat.
                "Ini sudah ketiga kalinya tahun ini," ujarnya.
                """);
        assertEquals(List.of("Siti Aminah"), names(found.people()));
    }

    @Test
    void aRoleAloneOrAnInstitutionIsNoPerson() {
        ArticleEntities found = found("""
                Menteri mengatakan bantuan akan segera disalurkan ke daerah terdampak.
                Kepala Dinas Kesehatan menyampaikan bahwa posko kesehatan dibuka selama 24 jam.
                Juru bicara kepolisian menegaskan penyelidikan masih berjalan.
                """);
        assertEquals(List.of(), names(found.people()));
    }

    @Test
    void daysMonthsOpenersAndPronounsAreNeverNames() {
        ArticleEntities found = found("""
                Sayangnya, Selasa (3/6) hujan kembali turun sehingga perbaikan tanggul tertunda.
                Selain itu, Namun Juni nanti pemerintah berencana membangun tanggul permanen.
                "Kami berharap Desember sudah rampung," kata dia.
                """);
        assertEquals(List.of(), names(found.people()));
        assertEquals(List.of(), names(found.places()));
    }

    @Test
    void anAcronymAfterItsSpelledOutNameIsOneInstitution() {
        ArticleEntities found = found("""
                Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan hujan lebat di Jawa Barat.
                BMKG meminta warga menjauhi lereng yang rawan longsor.
                """);
        assertEquals(List.of("Badan Meteorologi, Klimatologi, dan Geofisika"), names(found.institutions()));
    }

    @Test
    void ministriesPartiesAndCompaniesAreInstitutions() {
        ArticleEntities found = found("""
                Kementerian Keuangan mencatat penerimaan pajak naik pada kuartal pertama.
                Partai Golkar menyatakan mendukung kebijakan tersebut dalam rapat di Senayan.
                Saham PT Bank Central Asia Tbk menguat setelah pengumuman itu.
                Kepala Dinas Sosial mengatakan data penerima bantuan sedang diperbarui.
                """);
        assertEquals(List.of("Kementerian Keuangan", "Partai Golkar", "PT Bank Central Asia Tbk"),
                names(found.institutions()));
    }

    @Test
    void placesComeFromTheDatelineFromDiAndFromCountryNames() {
        ArticleEntities found = found("""
                SURABAYA, KOMPAS.com - Banjir merendam ratusan rumah di Sidoarjo sejak Minggu pagi.
                Bantuan juga datang dari Malaysia dan Singapura melalui jalur laut.
                Bank Indonesia memperkirakan kerugian ekonomi mencapai miliaran rupiah.
                """);
        assertEquals(List.of("Surabaya", "Sidoarjo", "Malaysia", "Singapura"), names(found.places()));
    }

    @Test
    void tokohInFrontMatterAddsPeopleAndCorrectsShortForms() {
        ArticleEntities found = found("""
                ---
                tokoh: [Sri Mulyani Indrawati, Ahmad Dahlan]
                ---
                Menteri Keuangan Sri Mulyani menyebut defisit anggaran masih terkendali.
                "Kita tetap hati-hati," kata Sri Mulyani di Jakarta.
                """);
        assertEquals(List.of("Sri Mulyani Indrawati", "Ahmad Dahlan"), names(found.people()));
    }

    @Test
    void theSameArticleAlwaysGivesTheSameEntities() {
        Article article = parse("""
                Gubernur Jawa Tengah Ahmad Luthfi meninjau pasar di Semarang bersama Kementerian Perdagangan.
                """);
        assertEquals(EntityFinder.of(article), EntityFinder.of(article));
        assertEquals(List.of("Ahmad Luthfi"), names(EntityFinder.of(article).people()));
    }
}
