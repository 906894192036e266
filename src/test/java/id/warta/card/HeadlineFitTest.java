package id.warta.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.content.ContentReader;
import id.warta.parse.ArticleParser;
import java.awt.Rectangle;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The headline is wrapped and sized so that every line, measured with the font's own metrics, lies in its box. */
class HeadlineFitTest {
    private static final List<Path> FIXTURE_CONTENT = List.of(Path.of("content"),
            Path.of("src/test/resources/site-fixture/content"), Path.of("src/test/resources/quality/site"),
            Path.of("src/test/resources/parse/fixtures"));
    private static final Path ODD = Path.of("src/test/resources/card/headlines");

    /** The ten longest headlines the parser finds in the fixture sites and parser fixtures. */
    static Stream<String> longestFixtureHeadlines() throws Exception {
        List<String> headlines = new ArrayList<>();
        ArticleParser parser = new ArticleParser();
        for (Path root : FIXTURE_CONTENT) {
            ContentReader reader = new ContentReader(root);
            for (Path file : reader.listArticles()) {
                ContentReader.Result read = reader.read(file);
                if (read.file() != null) {
                    headlines.add(parser.parse(read.file()).headline());
                }
            }
        }
        assertTrue(headlines.size() > 50, "the fixtures hold more than 50 articles: " + headlines.size());
        return headlines.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).limit(10);
    }

    static Stream<Path> oddHeadlines() throws IOException {
        try (Stream<Path> files = Files.list(ODD)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("longestFixtureHeadlines")
    void longestFixtureHeadlinesFitTheirBoxWhole(String headline) throws IOException {
        CardSpec spec = spec(headline, "nasional");
        HeadlineLayout layout = assertFits(spec);
        assertEquals(CardText.clean(headline, layout.font()), String.join(" ", layout.lines()),
                "a fixture headline fits without being cut");
        assertHasInkInTheBox(spec);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddHeadlines")
    void oddHeadlinesStillGiveACardWithTheHeadlineInItsBox(Path file) throws IOException {
        String headline = Files.readString(file, StandardCharsets.UTF_8).replaceAll("\\R$", "");
        for (String label : new String[] {null, "politik"}) {
            CardSpec spec = spec(headline, label);
            assertFits(spec);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(CardPainter.png(spec)));
            assertEquals(CardPainter.WIDTH, image.getWidth(), file.toString());
            assertEquals(CardPainter.HEIGHT, image.getHeight(), file.toString());
        }
    }

    @Test
    void aShortHeadlineIsSetAtTheLargestSize() {
        HeadlineLayout layout = CardPainter.layout(spec("Gempa di Cianjur", null));
        assertEquals(HeadlineLayout.LARGEST, layout.size());
        assertEquals(List.of("Gempa di Cianjur"), layout.lines());
    }

    @Test
    void aHeadlineTooLongForTheBoxIsCutAtAWordWithAnEllipsis() throws IOException {
        String headline = Files.readString(ODD.resolve("three-hundred-characters.txt")).strip();
        assertEquals(300, headline.length());
        HeadlineLayout layout = assertFits(spec(headline, "nasional"));
        assertEquals(HeadlineLayout.SMALLEST, layout.size());
        String last = layout.lines().get(layout.lines().size() - 1);
        assertTrue(last.endsWith("…"), last);
        assertTrue(headline.startsWith(String.join(" ", layout.lines()).replace("…", "")), layout.lines()::toString);
    }

    @Test
    void aWordWiderThanTheBoxIsBrokenBetweenLetters() {
        String word = "Supercalifragilistik".repeat(3);
        HeadlineLayout layout = assertFits(spec(word, null));
        assertTrue(layout.lines().size() > 1, layout.lines()::toString);
        assertEquals(word, String.join("", layout.lines()));
    }

    @Test
    void marksEmojiAndControlsAreLeftOutOfTheDrawnText() {
        HeadlineLayout layout = CardPainter.layout(spec("Harga\u200f Beras \u202eNaik\u202c \uD83D\uDD25 Lagi\t\u0007",
                null));
        assertEquals(List.of("Harga Beras Naik Lagi"), layout.lines());
    }

    /** Measures every line's pixel bounds where the painter draws it, and checks they lie inside the box. */
    static HeadlineLayout assertFits(CardSpec spec) {
        HeadlineLayout layout = CardPainter.layout(spec);
        int top = CardPainter.boxTop(spec);
        for (int i = 0; i < layout.lines().size(); i++) {
            String line = layout.lines().get(i);
            Rectangle bounds = new TextLayout(line, layout.font(), CardFont.FRC)
                    .getPixelBounds(CardFont.FRC, CardPainter.BOX_LEFT + CardPainter.INSET, layout.baseline(i, top));
            String where = "line " + (i + 1) + " `" + line + "` at " + layout.size() + " px: " + bounds;
            assertTrue(bounds.x >= CardPainter.BOX_LEFT, where);
            assertTrue(bounds.x + bounds.width <= CardPainter.BOX_LEFT + CardPainter.BOX_WIDTH, where);
            assertTrue(bounds.y >= top, where);
            assertTrue(bounds.y + bounds.height <= CardPainter.BOX_BOTTOM, where);
        }
        return layout;
    }

    /** The headline is really drawn: the box holds pixels of the darkest ink. */
    private static void assertHasInkInTheBox(CardSpec spec) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(CardPainter.png(spec)));
        int ink = 0;
        for (int y = CardPainter.boxTop(spec); y < CardPainter.BOX_BOTTOM; y++) {
            for (int x = CardPainter.BOX_LEFT; x < CardPainter.BOX_LEFT + CardPainter.BOX_WIDTH; x++) {
                if ((image.getRGB(x, y) & 0xffffff) == CardTheme.DEFAULT.ink()) {
                    ink++;
                }
            }
        }
        assertFalse(ink < 1000, "only " + ink + " ink pixels in the headline box");
    }

    static CardSpec spec(String headline, String label) {
        return new CardSpec(headline, "Warta Nusantara", "Kamis, 21 November 2024", label, CardTheme.DEFAULT);
    }
}
