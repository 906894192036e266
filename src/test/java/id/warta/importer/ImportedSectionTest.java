package id.warta.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The section (rubrik) an imported page gets: from its breadcrumb, else from the outlet's URL. */
class ImportedSectionTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", value = {
        "https://www.cnnindonesia.com/nasional/20240715120000-12-1121212/kpk-periksa-lima-saksi, Nasional",
        "https://news.detik.com/berita/d-7650001/pemerintah-tetapkan-cuti-bersama, Berita",
        "https://finance.detik.com/berita-ekonomi-bisnis/d-7226512/harga-cabai-rawit, Ekonomi",
        "https://megapolitan.kompas.com/read/2024/11/21/09300021/banjir-rendam-1200-rumah, Megapolitan",
        "https://nasional.tempo.co/read/1850000/dpr-sahkan-revisi-undang-undang-desa, Nasional",
        "https://www.liputan6.com/bola/read/5577001/timnas-indonesia-u-23-lolos, Bola",
        "https://www.tribunnews.com/regional/2024/10/02/pemkot-surabaya-tambah-bus, Regional",
        "https://www.kompas.com/sains/read/2024/11/20/120000/gerhana-bulan, Sains",
        "https://wartagayo.example.id/2024/06/festival-kopi-gayo/, -",
        "https://www.contoh.id/pemerintah-tetapkan-cuti-bersama, -",
    })
    void theSectionIsTakenFromTheOutletsUrl(String url, String section) {
        assertEquals(section, ImportedSection.fromUrl(url));
    }

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html lang=\"id\"><head><title>Cuti Bersama 2025</title>" + head + "</head><body>"
                + body + "<article><h1>Pemerintah Tetapkan Cuti Bersama 2025</h1>"
                + "<p>Jakarta - Pemerintah menetapkan cuti bersama tahun 2025 sebanyak delapan hari.</p>"
                + "<p>Keputusan itu tertuang dalam surat keputusan bersama tiga menteri.</p></article></body></html>";
    }

    @Test
    void aBreadcrumbInJsonLdNamesTheSectionBeforeTheUrl() throws Exception {
        String html = page("<meta property=\"og:url\" content=\"https://news.detik.com/berita/d-1/cuti\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"BreadcrumbList\",\"itemListElement\":["
                + "{\"@type\":\"ListItem\",\"position\":1,\"name\":\"Home\"},"
                + "{\"@type\":\"ListItem\",\"position\":2,\"name\":\"Nasional\"},"
                + "{\"@type\":\"ListItem\",\"position\":3,\"name\":\"Pemerintah Tetapkan Cuti Bersama 2025\"}]}"
                + "</script>", "");
        assertEquals("Nasional", HtmlSource.read("cuti.html", html.getBytes(StandardCharsets.UTF_8))
                .frontMatter().rubrik());
    }

    @Test
    void aBreadcrumbInThePageNamesTheSection() throws Exception {
        String html = page("", "<nav aria-label=\"breadcrumb\"><a href=\"/\">Beranda</a> › "
                + "<a href=\"/ekonomi\">Ekonomi</a> › <a href=\"/ekonomi/makro\">Makro</a></nav>");
        assertEquals("Ekonomi", HtmlSource.read("beras.html", html.getBytes(StandardCharsets.UTF_8))
                .frontMatter().rubrik());
    }

    @Test
    void withNeitherTheImportedArticleHasNoSection() throws Exception {
        String html = page("", "");
        assertNull(HtmlSource.read("cuti.html", html.getBytes(StandardCharsets.UTF_8)).frontMatter().rubrik());
    }

    @Test
    void theSavedKompasPageIsInMegapolitanAndTheTextSaysSo() throws Exception {
        Path saved = Path.of("src/test/resources/html/kompas.html");
        var source = HtmlSource.read("kompas.html", Files.readAllBytes(saved));
        assertEquals("Megapolitan", source.frontMatter().rubrik());
        String text = TextExport.render(source);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("\nrubrik: Megapolitan\n"), text);
    }
}
