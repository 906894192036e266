package id.warta.card;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.Locale;

/**
 * Draws a card: the theme's accent bar, the site's name, a rule, the tag, the headline as large as fits, a rule
 * and the date, on the theme's paper. Each text is drawn antialiased as a grey mask with Java 2D, then written into
 * a 16-colour image whose palette holds the blends of paper with ink and with the accent: the PNG stays small and
 * quick to encode, and equal specs give equal bytes.
 */
public final class CardPainter {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    /** Left and right margin of every text. */
    static final int MARGIN = 64;
    /** The headline's box, left to right. */
    public static final int BOX_LEFT = MARGIN;
    public static final int BOX_WIDTH = WIDTH - 2 * MARGIN;
    /**
     * The headline starts this far inside its box and wraps as far before its end: some letters reach past their
     * advance (a bold J hangs about 5 pixels left at the largest size), and they must stay in the box too.
     */
    static final int INSET = 8;
    static final int BOX_TOP_WITH_LABEL = 204;
    static final int BOX_TOP = 150;
    public static final int BOX_BOTTOM = 528;

    private static final int ROW = WIDTH / 2 + 1;
    private static final int INK_LEVELS = 9;
    private static final int ACCENT_LEVELS = 5;
    /** Palette: 0 paper, 1-9 paper to ink, 10-14 paper to accent, 15 the rule. */
    private static final int INK = 1;
    private static final int ACCENT = INK + INK_LEVELS;
    private static final int RULE = ACCENT + ACCENT_LEVELS;
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    /** One grey mask per thread, as large as a card; cleared band by band before each text is drawn. */
    private static final ThreadLocal<Mask> MASKS = ThreadLocal.withInitial(Mask::new);

    private CardPainter() {
    }

    /** The card's PNG bytes. */
    public static byte[] png(CardSpec spec) {
        return IndexedPng.encode(WIDTH, HEIGHT, palette(spec.theme()), scanlines(spec));
    }

    /** Where the headline goes and at which size, for a headline as given (it is cleaned first). */
    public static HeadlineLayout layout(CardSpec spec) {
        String headline = CardText.clean(spec.headline(), CardFont.bold(HeadlineLayout.LARGEST));
        return HeadlineLayout.fit(headline, BOX_WIDTH - 2 * INSET, BOX_BOTTOM - boxTop(spec));
    }

    /** The top of the headline's box: lower when a tag stands above it. */
    public static int boxTop(CardSpec spec) {
        return label(spec).isEmpty() ? BOX_TOP : BOX_TOP_WITH_LABEL;
    }

    private static String label(CardSpec spec) {
        return spec.label() == null ? "" : CardText.clean(spec.label().toUpperCase(INDONESIAN),
                CardFont.bold(30));
    }

    private static byte[] scanlines(CardSpec spec) {
        byte[] rows = new byte[ROW * HEIGHT];
        fill(rows, 0, 16, 0, WIDTH, RULE - 1);
        fill(rows, 118, 120, MARGIN, WIDTH - MARGIN, RULE);
        fill(rows, 548, 551, MARGIN, WIDTH - MARGIN, INK + INK_LEVELS - 1);
        Mask mask = MASKS.get();
        String site = CardText.clean(spec.siteName().toUpperCase(INDONESIAN), CardFont.bold(40));
        mask.text(rows, CardFont.bold(40), site, 86, 40, 100, ACCENT, ACCENT_LEVELS);
        String label = label(spec);
        if (!label.isEmpty()) {
            mask.text(rows, CardFont.bold(30), label, 178, 146, 190, ACCENT, ACCENT_LEVELS);
        }
        HeadlineLayout headline = layout(spec);
        if (!headline.lines().isEmpty()) {
            int top = boxTop(spec);
            int last = headline.lines().size() - 1;
            int bottom = Math.min(BOX_BOTTOM, Math.round(headline.baseline(last, top) + headline.size() * 0.4f));
            mask.clear(top, bottom);
            for (int i = 0; i <= last; i++) {
                mask.draw(headline.font(), headline.lines().get(i), BOX_LEFT + INSET, headline.baseline(i, top));
            }
            mask.write(rows, top, bottom, INK, INK_LEVELS);
        }
        if (spec.date() != null) {
            String date = CardText.clean(spec.date(), CardFont.bold(28));
            mask.text(rows, CardFont.bold(28), date, 598, 566, 612, INK, INK_LEVELS);
        }
        return rows;
    }

    /** Sets the pixels of rows [top, bottom) and columns [left, right) (both even) to one palette index. */
    private static void fill(byte[] rows, int top, int bottom, int left, int right, int index) {
        byte pair = (byte) (index << 4 | index);
        for (int y = top; y < bottom; y++) {
            Arrays.fill(rows, y * ROW + 1 + left / 2, y * ROW + 1 + right / 2, pair);
        }
    }

    /** Paper, then the blends of paper to ink, of paper to the accent, and the rule's colour. */
    static int[] palette(CardTheme theme) {
        int[] palette = new int[16];
        palette[0] = theme.paper();
        for (int level = 1; level <= INK_LEVELS; level++) {
            palette[INK + level - 1] = blend(theme.paper(), theme.ink(), level, INK_LEVELS);
        }
        for (int level = 1; level <= ACCENT_LEVELS; level++) {
            palette[ACCENT + level - 1] = blend(theme.paper(), theme.accent(), level, ACCENT_LEVELS);
        }
        palette[RULE] = theme.rule();
        return palette;
    }

    private static int blend(int from, int to, int level, int levels) {
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int a = from >> shift & 0xff;
            int b = to >> shift & 0xff;
            rgb |= (a + Math.round((b - a) * (float) level / levels)) << shift;
        }
        return rgb;
    }

    /** A card-sized grey image that texts are drawn into, white on black, one band of rows at a time. */
    private static final class Mask {
        private final BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        private final byte[] grey = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        private final Graphics2D graphics = image.createGraphics();
        /** Coverage 0-255 to palette index, one table per ramp. */
        private final byte[][] ramps = new byte[16][];

        Mask() {
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
                    RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            graphics.setColor(Color.WHITE);
        }

        /**
         * Draws one line of text with its baseline at {@code baseline}, clipped to rows [top, bottom) between the
         * margins, into {@code rows} with the ramp from palette index {@code first}. The band holds only paper
         * before, so its pixels are written, not blended.
         */
        void text(byte[] rows, Font font, String text, int baseline, int top, int bottom, int first, int levels) {
            if (text.isEmpty()) {
                return;
            }
            clear(top, bottom);
            draw(font, text, MARGIN, baseline);
            write(rows, top, bottom, first, levels);
        }

        /** Clears rows [top, bottom) and lets drawing touch only them, between the margins. */
        void clear(int top, int bottom) {
            Arrays.fill(grey, top * WIDTH, bottom * WIDTH, (byte) 0);
            graphics.setClip(MARGIN, top, WIDTH - 2 * MARGIN, bottom - top);
        }

        void draw(Font font, String text, int x, int baseline) {
            graphics.setFont(font);
            graphics.drawString(text, (float) x, (float) baseline);
        }

        /** Writes rows [top, bottom) of the mask into {@code rows} with the ramp from palette index {@code first}. */
        void write(byte[] rows, int top, int bottom, int first, int levels) {
            byte[] ramp = ramp(first, levels);
            for (int y = top; y < bottom; y++) {
                int from = y * WIDTH + MARGIN;
                int to = y * ROW + 1 + MARGIN / 2;
                for (int x = 0; x < WIDTH - 2 * MARGIN; x += 2) {
                    rows[to + (x >> 1)] = (byte) (ramp[grey[from + x] & 0xff] << 4 | ramp[grey[from + x + 1] & 0xff]);
                }
            }
        }

        private byte[] ramp(int first, int levels) {
            byte[] ramp = ramps[first];
            if (ramp == null) {
                ramp = new byte[256];
                for (int coverage = 1; coverage < 256; coverage++) {
                    int level = Math.round(coverage * levels / 255f);
                    ramp[coverage] = (byte) (level == 0 ? 0 : first + level - 1);
                }
                ramps[first] = ramp;
            }
            return ramp;
        }
    }
}
