package id.warta.card;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A card is a 1200×630 PNG in the theme's colours, and its bytes depend on its spec alone. */
class CardPainterTest {
    private static final CardSpec SPEC = HeadlineFitTest.spec("Pemerintah Umumkan Libur Nasional Tambahan",
            "nasional");

    @Test
    void decodesWithImageIoAt1200By630() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(CardPainter.png(SPEC)));
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
    }

    @Test
    void theSameSpecGivesTheSameBytesOnAnyThread() throws Exception {
        byte[] first = CardPainter.png(SPEC);
        CardPainter.png(HeadlineFitTest.spec("Sesuatu yang Lain di Antaranya", null));
        byte[] again = CardPainter.png(new CardSpec(SPEC.headline(), SPEC.siteName(), SPEC.date(), SPEC.label(),
                CardTheme.fromCss(":root { --paper: #fff; }")));
        byte[] elsewhere = CompletableFuture.supplyAsync(() -> CardPainter.png(SPEC)).get();
        assertArrayEquals(first, again);
        assertArrayEquals(first, elsewhere);
        assertEquals(new CardImage(SPEC), new CardImage(HeadlineFitTest.spec(SPEC.headline(), SPEC.label())),
                "a card's maker equals another's of the same spec, so a cache can keep cards by it");
    }

    @Test
    void anotherHeadlineDateOrTagGivesAnotherCard() {
        byte[] card = CardPainter.png(SPEC);
        assertFalse(Arrays.equals(card, CardPainter.png(HeadlineFitTest.spec(SPEC.headline() + " 2025", "nasional"))));
        assertFalse(Arrays.equals(card, CardPainter.png(HeadlineFitTest.spec(SPEC.headline(), "ekonomi"))));
        assertFalse(Arrays.equals(card, CardPainter.png(new CardSpec(SPEC.headline(), SPEC.siteName(),
                "Jumat, 22 November 2024", "nasional", CardTheme.DEFAULT))));
    }

    @Test
    void carriesNoChunkButTheImageItself() {
        byte[] png = CardPainter.png(SPEC);
        List<String> chunks = new ArrayList<>();
        for (int at = 8; at < png.length; ) {
            int length = (png[at] & 0xff) << 24 | (png[at + 1] & 0xff) << 16 | (png[at + 2] & 0xff) << 8
                    | (png[at + 3] & 0xff);
            chunks.add(new String(png, at + 4, 4, StandardCharsets.US_ASCII));
            at += 12 + length;
        }
        assertEquals(List.of("IHDR", "PLTE", "IDAT", "IEND"), chunks, "no time, text or software chunks");
    }

    @Test
    void isDrawnInTheThemesColours() throws Exception {
        CardTheme theme = CardTheme.fromCss(":root {\n  --ink: #102030;\n  --paper: #fafaf0;\n  --accent: #0055aa;\n"
                + "  --rule: #cccccc;\n}\n@media (prefers-color-scheme: dark) { :root { --paper: #000000; } }");
        assertEquals(new CardTheme(0xfafaf0, 0x102030, 0x0055aa, 0xcccccc), theme);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(CardPainter.png(new CardSpec(SPEC.headline(),
                SPEC.siteName(), SPEC.date(), SPEC.label(), theme))));
        assertEquals(0x0055aa, image.getRGB(600, 5) & 0xffffff, "the accent bar");
        assertEquals(0xfafaf0, image.getRGB(600, 30) & 0xffffff, "the paper");
        assertEquals(0xcccccc, image.getRGB(600, 118) & 0xffffff, "the rule under the site's name");
        assertEquals(0x102030, image.getRGB(600, 549) & 0xffffff, "the rule above the date, in ink");
    }

    @Test
    void theDefaultColoursAreTheDefaultThemesStylesheet() {
        assertEquals(CardTheme.DEFAULT, CardTheme.of(Path.of("templates")));
        assertEquals(CardTheme.DEFAULT, CardTheme.of(Path.of("no-such-templates-folder")));
        assertEquals(new CardTheme(0xffffff, 0x112233, 0xb3001b, 0xdcdcdc),
                CardTheme.fromCss("/* :root { --ink: #ffffff; } */ :root { --ink: #123; }"));
    }
}
