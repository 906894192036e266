package id.warta.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JoinedTextTest {

    private static final String SENTENCE = "Warga desa itu menunggu bantuan sejak pekan lalu di balai desa. ";

    @Test
    void takesInlineMarkersOutOfTheWall() {
        String wall = SENTENCE.repeat(3) + "Baca juga:Bantuan Tiba di Desa Terpencil Warga lain masih menunggu di posko. "
                + "ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT " + SENTENCE + "[Gambas:Video CNN] "
                + "Tonton juga \"Banjir Rendam Desa\" di sini: " + SENTENCE
                + "KOMPAS.com/BUDI SANTOSOWarga mengantre bantuan, Senin (3/3/2025). " + SENTENCE;
        List<JoinedText.Piece> pieces = JoinedText.split(wall);
        List<String> marked = pieces.stream().filter(p -> p.kind() != null).map(p -> p.kind() + ": " + p.text()).toList();
        assertEquals(List.of("READ_ALSO: Baca juga:Bantuan Tiba di Desa Terpencil",
                "NOISE: ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT", "NOISE: [Gambas:Video CNN]",
                "NOISE: Tonton juga \"Banjir Rendam Desa\" di sini:", "NOISE: KOMPAS.com/BUDI SANTOSO"), marked);
        assertEquals(words(wall), words(String.join(" ", pieces.stream().map(JoinedText.Piece::text).toList())),
                "every character of the wall is in one piece");
    }

    @Test
    void aLabelInsideAWordIsText() {
        List<JoinedText.Piece> pieces = JoinedText.split(SENTENCE + "Kolom ituPilihan Editor: bukan label. " + SENTENCE);
        assertTrue(pieces.stream().noneMatch(p -> p.kind() == LineKind.READ_ALSO), pieces.toString());
    }

    @Test
    void onlyTextWithoutRealLineBreaksIsJoined() {
        String wall = SENTENCE.repeat(30);
        assertTrue(JoinedText.isJoined(List.of("Judul Berita", wall)));
        assertTrue(JoinedText.isJoined(List.of(SENTENCE.repeat(10))), "a single long line of sentences");
        List<String> paragraphs = List.of(SENTENCE.repeat(3), SENTENCE.repeat(4), SENTENCE.repeat(2), SENTENCE.repeat(3));
        assertFalse(JoinedText.isJoined(paragraphs), "one paragraph per line");
        assertFalse(JoinedText.isJoined(List.of(SENTENCE.repeat(25), SENTENCE.repeat(26), SENTENCE.repeat(27))),
                "three long paragraphs");
    }

    /** The text's characters but spaces, sorted: pieces may be listed out of order and a glued word cut in two. */
    private static String words(String text) {
        char[] chars = text.replaceAll("\\s+", "").toCharArray();
        java.util.Arrays.sort(chars);
        return new String(chars);
    }
}
