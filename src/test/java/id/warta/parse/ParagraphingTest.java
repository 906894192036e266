package id.warta.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphingTest {

    @Test
    void groupsAFewSentencesAndGivesAQuotationItsOwnParagraph() {
        String text = "Harga beras naik. Pedagang mengeluh. Pembeli berkurang. Pemerintah menyiapkan operasi pasar. "
                + "\"Kami sudah mengirim stok. Pasokan aman sampai Lebaran,\" kata Budi, Senin (3/3). Operasi dimulai besok.";
        assertEquals(List.of("Harga beras naik. Pedagang mengeluh. Pembeli berkurang.",
                "Pemerintah menyiapkan operasi pasar.",
                "\"Kami sudah mengirim stok. Pasokan aman sampai Lebaran,\" kata Budi, Senin (3/3).",
                "Operasi dimulai besok."), Paragraphing.split(text));
    }

    @Test
    void neverBreaksInsideAQuotationOrAtAbbreviationsAndNumbers() {
        String text = "“Kami tidak tahu. Kami hanya diminta datang. Semua sudah diatur,” ujar warga. "
                + "Kantor dr. Siti di Jl. Merdeka No. 5 menerima H. Ahmad, S.H. bersama A. Rahman dengan biaya Rp 1.000 "
                + "atau 3,5 persen. Kegiatan selesai.";
        List<String> paragraphs = Paragraphing.split(text);
        assertEquals("“Kami tidak tahu. Kami hanya diminta datang. Semua sudah diatur,” ujar warga.", paragraphs.get(0));
        assertEquals("Kantor dr. Siti di Jl. Merdeka No. 5 menerima H. Ahmad, S.H. bersama A. Rahman dengan biaya"
                + " Rp 1.000 atau 3,5 persen. Kegiatan selesai.", paragraphs.get(1));
    }

    @Test
    void cutsTextWithoutSentenceEndsAtSpacesAndLosesNoWord() {
        String text = "kata ".repeat(2000).strip();
        List<String> paragraphs = Paragraphing.split(text);
        assertTrue(paragraphs.stream().allMatch(p -> p.length() <= Paragraphing.HARD_LENGTH), "no wall is left");
        assertEquals(text, String.join(" ", paragraphs));
    }
}
