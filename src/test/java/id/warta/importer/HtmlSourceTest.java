package id.warta.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.content.ContentException;
import id.warta.content.SourceFile;
import id.warta.content.SourceLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlSourceTest {

    private static SourceFile page(String html) throws ContentException {
        return HtmlSource.read("page.html", html.getBytes(StandardCharsets.UTF_8));
    }

    private static SourceFile fixture(String name) throws IOException, ContentException {
        return HtmlSource.read(name, Files.readAllBytes(HtmlFixturesTest.FIXTURES.resolve(name)));
    }

    private static List<String> texts(SourceFile file) {
        return file.lines().stream().map(SourceLine::text).toList();
    }

    @Test
    void scriptsInsideParagraphsAreDroppedWithWhatTheyWouldWrite() throws Exception {
        SourceFile file = fixture("tribun.html");
        assertTrue(texts(file).contains("Wali Kota Surabaya Eri Cahyadi mengatakan, anggaran pengadaan bus sudah"
                + " masuk dalam APBD 2025."));
        assertFalse(texts(file).stream().anyMatch(t -> t.contains("INJECTED") || t.contains("document.write")));
    }

    @Test
    void escapedMarkupInTheTextStaysLiteralText() throws Exception {
        SourceFile file = fixture("tempo.html");
        assertTrue(texts(file).stream().anyMatch(t -> t.endsWith("menyetujui <b>tanpa catatan</b>.")),
                "the page showed the characters <b>, so the text keeps them for the templates to escape");
    }

    @Test
    void eventHandlerAttributesNeverReachTheText() throws Exception {
        for (String name : List.of("detik.html", "tempo.html")) {
            assertFalse(texts(fixture(name)).stream().anyMatch(t -> t.contains("onerror") || t.contains("alert")
                    || t.contains("cookie")), name);
        }
    }

    @Test
    void javascriptReadAlsoLinksKeepTheirTitleButBecomeNoLink() throws Exception {
        SourceFile file = fixture("wordpress.html");
        assertTrue(texts(file).contains("Baca Juga: Harga Kopi Arabika Gayo Naik Tajam"));
        assertEquals(Map.of("Ekspor Kopi Gayo ke Eropa Meningkat",
                "https://wartagayo.example.id/2024/05/ekspor-kopi-gayo/"), file.frontMatter().links());
        assertNull(file.frontMatter().image(), "a javascript: og:image is not an image URL");
    }

    @Test
    void relativeReadAlsoLinksResolveAgainstTheCanonicalAddress() throws Exception {
        assertEquals("https://www.antaranews.com/berita/4248000/bmkg-prakirakan-hujan-ringan", fixture("antara.html")
                .frontMatter().links().get("BMKG prakirakan hujan ringan di sebagian besar Jawa Tengah"));
    }

    @Test
    void jsonLdBodyIsPreferredAndItsEscapedScriptDropped() throws Exception {
        SourceFile file = fixture("antara.html");
        List<String> page = Files.readAllLines(HtmlFixturesTest.FIXTURES.resolve("antara.html"));
        int scriptLine = page.indexOf("<script type=\"application/ld+json\">") + 1;
        assertEquals(scriptLine, file.lines().get(0).number(), "the first paragraph comes from the JSON-LD");
        assertFalse(texts(file).stream().anyMatch(t -> t.contains("alert") || t.contains("<p>")));
        assertEquals("Copyright © ANTARA 2024", texts(file).get(texts(file).size() - 1),
                "credit lines the JSON leaves out are kept from the page");
    }

    @Test
    void aJsonLdBodyWithoutLineBreaksLosesToThePageParagraphs() throws Exception {
        SourceFile file = fixture("liputan6.html");
        assertEquals("Kedua tim bermain imbang 2-2 hingga babak perpanjangan waktu.", texts(file).get(1));
    }

    @Test
    void bodyLinesCarryThePageLineWhereTheParagraphStarts() throws Exception {
        SourceFile file = page("<html><body>\n<div class=\"entry-content\">\n<p>Satu.</p>\n\n<p>Dua.</p>\n</div>");
        assertEquals(List.of(new SourceLine(3, "Satu."), new SourceLine(5, "Dua.")), file.lines());
    }

    @Test
    void withoutAKnownContainerTheDensestBlockOfParagraphsIsTheBody() throws Exception {
        SourceFile file = page("<body><div class=sidebar><p>Terpopuler</p></div><div class=x><p>Paragraf pertama"
                + " yang panjang.</p><p>Paragraf <a href='/a'>kedua</a> juga.</p></div>"
                + "<div class=comments><p>Komentar yang sangat panjang sekali dan tidak boleh terbawa ke artikel.</p>"
                + "<p>Komentar lain yang juga panjang sekali sekali.</p></div></body>");
        assertEquals(List.of("Paragraf pertama yang panjang.", "Paragraf kedua juga."), texts(file));
    }

    @Test
    void aParagraphThatMerelyStartsWithBacaIsBodyText() throws Exception {
        SourceFile file = page("<div class=entry-content><p>Baca selengkapnya aturan itu di <a href='https://x.id/'>"
                + "laman resmi</a> kementerian.</p></div>");
        assertEquals(List.of("Baca selengkapnya aturan itu di laman resmi kementerian."), texts(file));
        assertTrue(file.frontMatter().links().isEmpty());
    }

    @Test
    void aPageWithoutArticleTextIsAnErrorThatSaysWhatToDo() {
        ContentException e = assertThrows(ContentException.class, () -> page("<html><body><nav><a href=/>Beranda"
                + "</a></nav><script>x()</script></body></html>"));
        assertTrue(e.problem().isError());
        assertTrue(e.problem().toString().startsWith("page.html: no article text found"), e.problem().toString());
    }

    @Test
    void theCharsetDeclaredByThePageIsHonoured() throws Exception {
        byte[] latin1 = "<meta charset=iso-8859-1><div class=entry-content><p>Caf\u00e9 di Bandung.</p></div>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Café di Bandung.", HtmlSource.read("p.html", latin1).lines().get(0).text());
    }

    @Test
    void outletSuffixesAreStrippedButHeadlineColonsAndDashesStay() {
        assertEquals("Banjir Rendam Bekasi", Headlines.withoutOutlet("Banjir Rendam Bekasi - Kompas.com", null));
        assertEquals("DPR Sahkan UU Desa", Headlines.withoutOutlet("DPR Sahkan UU Desa | Tempo.co", null));
        assertEquals("Harga BBM Naik", Headlines.withoutOutlet("Harga BBM Naik : Okezone Economy", null));
        assertEquals("Banjir Rendam Bekasi", Headlines.withoutOutlet("Banjir Rendam Bekasi - Halaman all - Kompas.com", null));
        assertEquals("Kopi Gayo", Headlines.withoutOutlet("Kopi Gayo – Warta Gayo", "Warta Gayo"));
        assertEquals("BMKG: Hujan Lebat Sepekan", Headlines.withoutOutlet("BMKG: Hujan Lebat Sepekan", null));
        assertEquals("Jokowi - Prabowo Bertemu di Istana Merdeka",
                Headlines.withoutOutlet("Jokowi - Prabowo Bertemu di Istana Merdeka", null));
    }
}
