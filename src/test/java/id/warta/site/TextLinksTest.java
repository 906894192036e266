package id.warta.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.model.Article;
import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Web addresses written out in article text become links; nothing else does. */
class TextLinksTest {

    private static List<TextPart> linked(String text) {
        return TextLinks.split(text).stream().filter(p -> p.href() != null).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Pengumuman lengkap dapat dilihat di menlhk.go.id/pengumuman-cpns.|menlhk.go.id/pengumuman-cpns"
                + "|https://menlhk.go.id/pengumuman-cpns",
        "Pendaftaran dibuka melalui laman https://sscasn.bkn.go.id, mulai Senin (25/11/2024).|https://sscasn.bkn.go.id"
                + "|https://sscasn.bkn.go.id",
        "Informasi cuaca terkini tersedia di www.bmkg.go.id dan aplikasi InfoBMKG.|www.bmkg.go.id"
                + "|https://www.bmkg.go.id",
        "Warga dapat melapor lewat lapor.go.id.|lapor.go.id|https://lapor.go.id",
        "Data itu dirilis BPS (https://www.bps.go.id/id/pressrelease) pada Jumat.|https://www.bps.go.id/id/pressrelease"
                + "|https://www.bps.go.id/id/pressrelease",
        "Unduh formulir di \"http://example.co.id/form?id=3&tahun=2024\".|http://example.co.id/form?id=3&tahun=2024"
                + "|http://example.co.id/form?id=3&tahun=2024",
        "Baca selengkapnya di Kompas.com/read/2024/11/21/banjir, kata redaksi.|Kompas.com/read/2024/11/21/banjir"
                + "|https://Kompas.com/read/2024/11/21/banjir"})
    void linksTheAddressAndLeavesTheSentencesPunctuationOut(String text, String shown, String href) {
        List<TextPart> links = linked(text);

        assertEquals(List.of(new TextPart(shown, href)), links);
        assertEquals(text, String.join("", TextLinks.split(text).stream().map(TextPart::text).toList()),
                "every character of the text is kept, in order");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Dilansir dari Kompas.com, harga beras medium turun menjadi Rp 12.500 per kilogram.",
        "JAKARTA, KOMPAS.com mencatat 1.200 warga mengungsi.",
        "Hubungi humas@menlhk.go.id untuk keterangan lebih lanjut.",
        "Skor akhir 2.1 membuat timnas lolos; inflasi 2,5 persen.",
        "Tautan javascript:alert(1) dan data:text/html,<b>x</b> tidak boleh menjadi link.",
        "Nilai tukar rupiah berada di level Rp15.800 per dolar AS."})
    void leavesOutletNamesEmailsNumbersAndOtherSchemesAsText(String text) {
        assertEquals(List.of(), linked(text));
    }

    @Test
    void thePageLinksTheAddressAndEscapesTheRest() throws Exception {
        Article article = ParsedArticles.parse("cpns.txt", """
                ---
                title: KLHK Buka Pendaftaran CPNS 2024
                date: 2024-11-21 09:30
                ---
                Jakarta - Kementerian Lingkungan Hidup dan Kehutanan membuka pendaftaran CPNS 2024.
                Pengumuman lengkap dapat dilihat di menlhk.go.id/pengumuman-cpns?tahun=2024&tahap=1 <b>sekarang</b>.
                """);
        RenderedSite site = RenderedSite.build(SiteConfig.defaults(), Selection.everything(Instant.MAX),
                List.of(article));
        Document page = site.html(article.slug() + "/index.html");

        Element link = page.selectFirst(".article-body p:not(.lede) a");
        assertEquals("https://menlhk.go.id/pengumuman-cpns?tahun=2024&tahap=1", link.attr("href"));
        assertEquals("menlhk.go.id/pengumuman-cpns?tahun=2024&tahap=1", link.text());
        assertEquals("nofollow noopener", link.attr("rel"));
        assertTrue(page.select(".article-body b").isEmpty(), "text around the link stays text");
        assertTrue(site.file(article.slug() + "/index.html").contains("&lt;b&gt;sekarang&lt;/b&gt;."));
    }
}
