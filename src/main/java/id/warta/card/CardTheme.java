package id.warta.card;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The colours of a card, taken from the theme's stylesheet so a card looks like the site it links to: the light
 * scheme's {@code --paper}, {@code --ink}, {@code --accent} and {@code --rule} custom properties of the first
 * {@code :root} rule. A colour the stylesheet does not give keeps the default theme's.
 *
 * @param paper background, as 0xRRGGBB
 * @param ink headline and date
 * @param accent the bar, the site's name and the tag
 * @param rule the thin line under the site's name
 */
public record CardTheme(int paper, int ink, int accent, int rule) {
    /** The default theme's light colours ({@code templates/assets/style.css}). */
    public static final CardTheme DEFAULT = new CardTheme(0xffffff, 0x1a1a1a, 0xb3001b, 0xdcdcdc);
    /** Where the theme keeps its stylesheet, inside the templates folder. */
    public static final String STYLESHEET = "assets/style.css";

    private static final Pattern ROOT = Pattern.compile(":root\\s*\\{([^}]*)}");
    private static final Pattern COLOUR = Pattern.compile("--([a-z-]+)\\s*:\\s*#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\s*;");

    /** The theme of the stylesheet in {@code templates}, or the default one when it has none or cannot be read. */
    public static CardTheme of(Path templates) {
        Path css = templates.resolve(STYLESHEET);
        if (!Files.isRegularFile(css)) {
            return DEFAULT;
        }
        try {
            return fromCss(Files.readString(css, StandardCharsets.UTF_8));
        } catch (IOException | java.io.UncheckedIOException e) {
            // Copying the assets reports an unreadable stylesheet; the card falls back to the default colours.
            return DEFAULT;
        }
    }

    /** The colours of a stylesheet's first {@code :root} rule (the light scheme comes first, dark in a media query). */
    public static CardTheme fromCss(String css) {
        Matcher root = ROOT.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        if (!root.find()) {
            return DEFAULT;
        }
        Map<String, Integer> colours = new HashMap<>();
        Matcher colour = COLOUR.matcher(root.group(1));
        while (colour.find()) {
            colours.putIfAbsent(colour.group(1), rgb(colour.group(2)));
        }
        return new CardTheme(colours.getOrDefault("paper", DEFAULT.paper), colours.getOrDefault("ink", DEFAULT.ink),
                colours.getOrDefault("accent", DEFAULT.accent), colours.getOrDefault("rule", DEFAULT.rule));
    }

    private static int rgb(String hex) {
        String six = hex.length() == 3 ? "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1)
                + hex.charAt(2) + hex.charAt(2) : hex;
        return Integer.parseInt(six, 16);
    }
}
