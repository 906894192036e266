package id.warta.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void joinsLowerCaseAsciiWordsWithHyphens() {
        assertEquals("amerika-serikat-as-mulai-menjalin-komunikasi",
                Slugs.fromHeadline("Amerika Serikat (AS) Mulai Menjalin Komunikasi"));
        assertEquals("cafe-sejuk-di-jum-at", Slugs.fromHeadline("Café Sejuk di Jum'at"));
    }

    @Test
    void cutsAtWordBoundaryWithinEightyCharacters() {
        String slug = Slugs.fromHeadline("Amerika Serikat (AS) Mulai Menjalin Komunikasi dengan Rusia melalui Perwira"
                + " Militernya");
        assertTrue(slug.length() <= 80);
        assertEquals("amerika-serikat-as-mulai-menjalin-komunikasi-dengan-rusia-melalui-perwira", slug);
    }

    @Test
    void fallsBackWhenNothingIsLeft() {
        assertEquals("artikel", Slugs.fromHeadline("—"));
    }
}
