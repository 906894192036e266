package id.warta.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TitleKeyTest {

    /** The rule itself, for any text: decompose, drop marks, lower-case, anything but letters and digits a space. */
    private static String byTheRule(String title) {
        String folded = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    @Test
    void plainAsciiTitlesFoldExactlyAsTheUnicodeRuleDoes() {
        List<String> titles = List.of("", " ", "--", "BI Tahan Suku Bunga 6,25%", "  \"Kami Siap!\" kata Menteri ",
                "Harga BBM: Naik? (Lagi)", "a", "COVID-19 di 2026...", "\t\nx\u0001y\u007f");
        for (String title : titles) {
            assertEquals(byTheRule(title), TitleKey.of(title), title);
        }
        Random random = new Random(7);
        for (int n = 0; n < 2_000; n++) {
            char[] chars = new char[random.nextInt(12)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) random.nextInt(0x80);
            }
            String title = new String(chars);
            assertEquals(byTheRule(title), TitleKey.of(title), title);
        }
    }

    @Test
    void titlesWithOtherCharactersStillLoseTheirAccentsAndQuotes() {
        assertEquals("kafe di jakarta", TitleKey.of("Kafé di “Jakarta”"));
        assertEquals(byTheRule("Ibu Kota ½ Jadi"), TitleKey.of("Ibu Kota ½ Jadi"));
    }
}
