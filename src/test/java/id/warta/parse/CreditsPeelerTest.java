package id.warta.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.warta.model.Syndication;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditsPeelerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        "(*)=>END_MARKER", "(***)=>END_MARKER", "(rfs/jbr)=>INITIALS", "(ant)=>INITIALS", "(asa/ain)=>INITIALS",
        "Copyright © ANTARA 2024=>COPYRIGHT", "Editor: Agus Setiawan=>CREDIT", "Editor : Agus Setiawan=>CREDIT",
        "Penulis | : | Rizky Ramadhan |=>CREDIT", "Pewarta: Rahmat Fajri=>CREDIT",
    })
    void recognisesFootLines(String line, LineKind kind) {
        assertEquals(kind, CreditsPeeler.footKind(line));
    }

    @Test
    void storyTextIsNoFootLine() {
        assertNull(CreditsPeeler.footKind("Editor senior itu mengatakan semua berjalan baik."));
    }

    @Test
    void readsRolesInEverySpelling() {
        assertEquals(Map.of("penulis", "Rizky Ramadhan"), CreditsPeeler.parseRoles("Penulis | : | Rizky Ramadhan |"));
        assertEquals(Map.of("editor", "Y"), CreditsPeeler.parseRoles("Editor : Y"));
        assertEquals(Map.of("penulis", "X", "editor", "Y"), CreditsPeeler.parseRoles("Penulis: X | Editor: Y"));
        assertEquals(Map.of("penulis", "Rizky Syahrial", "editor", "Fitria Chusna Farisa"),
                CreditsPeeler.parseRoles("(Penulis: Rizky Syahrial | Editor: Fitria Chusna Farisa)"));
    }

    @Test
    void readsTribunSyndicationWithUnquotedTitle() {
        assertEquals(new Syndication("Tribunnews.com", "Harga Cabai di Semarang Tembus Rp 80 Ribu",
                        "https://www.tribunnews.com/bisnis/x"),
                CreditsPeeler.syndication("Artikel ini telah tayang di Tribunnews.com dengan judul Harga Cabai di"
                        + " Semarang Tembus Rp 80 Ribu, https://www.tribunnews.com/bisnis/x"));
    }

    @Test
    void readsKompasSyndicationWithClickToRead() {
        assertEquals(new Syndication("Kompas.com", "ASDP Prediksi 1,2 Juta Penumpang", "https://regional.kompas.com/read/x"),
                CreditsPeeler.syndication("Artikel ini telah tayang di Kompas.com dengan judul \"ASDP Prediksi 1,2 Juta"
                        + " Penumpang\", Klik untuk baca: https://regional.kompas.com/read/x."));
    }

    @Test
    void readsSyndicationWithoutUrl() {
        assertEquals(new Syndication("Tribunnews.com", "Harga Cabai Naik", null),
                CreditsPeeler.syndication("Artikel ini telah tayang di Tribunnews.com dengan judul Harga Cabai Naik"));
    }
}
