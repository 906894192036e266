package id.warta.card;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cards' one typeface, DejaVu Sans Bold, loaded from the class path (the {@code jasperreports-fonts} package
 * ships it) and never from the machine's fonts, so a card looks, and its bytes are, the same on every machine.
 */
final class CardFont {
    static final String RESOURCE = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
    /**
     * Antialiased greyscale text with fractional advances: widths then scale with the size, and nothing depends on
     * a screen. Drawing uses the same two settings.
     */
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private static final Font BASE = load();
    private static final Map<Float, Font> SIZES = new ConcurrentHashMap<>();

    private CardFont() {
    }

    static Font bold(float size) {
        return SIZES.computeIfAbsent(size, BASE::deriveFont);
    }

    private static Font load() {
        // Cards are drawn in memory: no display is ever needed, also on a desktop.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        try (InputStream in = CardFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the card font " + RESOURCE + " is missing from the class path;"
                        + " the jasperreports-fonts package provides it");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("the card font " + RESOURCE + " cannot be loaded: " + e.getMessage(), e);
        }
    }
}
