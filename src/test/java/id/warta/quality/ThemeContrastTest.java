package id.warta.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The default theme's colour pairs reach WCAG 2 AA contrast (4.5:1 for text) in light and dark mode, read from the
 * custom properties of templates/assets/style.css; runs without a browser, next to the axe-core check in Chromium.
 */
class ThemeContrastTest {
    static final double AA_TEXT = 4.5;
    private static final Path STYLE = Path.of("templates/assets/style.css");
    private static final Pattern PROPERTY = Pattern.compile("--([a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{3,6})\\s*;");
    /** Text colour on background colour, as the stylesheet uses them. */
    private static final List<List<String>> TEXT_PAIRS = List.of(
            List.of("ink", "paper"), List.of("muted", "paper"), List.of("link", "paper"),
            List.of("accent", "paper"), List.of("accent-ink", "accent"),
            List.of("ink", "box"), List.of("accent", "box"), List.of("muted", "box"), List.of("link", "box"));

    @Test
    void lightAndDarkThemeTextPairsReachWcagAa() throws Exception {
        String css = Files.readString(STYLE, StandardCharsets.UTF_8);
        Map<String, String> light = properties(block(css, ":root {"));
        Map<String, String> dark = new LinkedHashMap<>(light);
        dark.putAll(properties(block(css, "@media (prefers-color-scheme: dark)")));
        List<String> problems = new ArrayList<>();
        problems.addAll(check("light", light));
        problems.addAll(check("dark", dark));
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void contrastRatioMatchesTheWcagFormula() {
        assertEquals(21.0, ratio("#000000", "#ffffff"), 0.01);
        assertEquals(1.0, ratio("#777777", "#777777"), 0.01);
        assertEquals(4.48, ratio("#777777", "#ffffff"), 0.01);
    }

    private static List<String> check(String mode, Map<String, String> colours) {
        List<String> problems = new ArrayList<>();
        for (List<String> pair : TEXT_PAIRS) {
            String fg = colours.get(pair.get(0));
            String bg = colours.get(pair.get(1));
            if (fg == null || bg == null) {
                problems.add(mode + ": --" + pair.get(0) + " or --" + pair.get(1) + " is not declared in " + STYLE);
                continue;
            }
            double ratio = ratio(fg, bg);
            if (ratio < AA_TEXT) {
                problems.add(String.format("%s: --%s %s on --%s %s has contrast %.2f:1, below %.1f:1", mode,
                        pair.get(0), fg, pair.get(1), bg, ratio, AA_TEXT));
            }
        }
        return problems;
    }

    /** The text of the first block that opens with {@code opening}, up to its matching brace. */
    private static String block(String css, String opening) {
        int start = css.indexOf(opening);
        assertTrue(start >= 0, () -> STYLE + " has no `" + opening + "` block");
        int depth = 0;
        for (int i = css.indexOf('{', start); i < css.length(); i++) {
            depth += css.charAt(i) == '{' ? 1 : css.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return css.substring(start, i + 1);
            }
        }
        return css.substring(start);
    }

    private static Map<String, String> properties(String block) {
        Map<String, String> colours = new LinkedHashMap<>();
        Matcher matcher = PROPERTY.matcher(block);
        while (matcher.find()) {
            colours.put(matcher.group(1), matcher.group(2));
        }
        return colours;
    }

    /** WCAG 2 contrast ratio of two sRGB colours. */
    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        String h = hex.substring(1);
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16) / 255.0;
            c[i] = s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
