package id.warta.parse;

import java.util.regex.Pattern;

/**
 * First look at a line on its own, without context: furniture, read-also, syndication and promos have wording that is
 * unmistakable wherever they stand. Credit lines and datelines need position, so other rules decide those.
 */
final class LineClassifier {

    private static final Pattern[] NOISE = {
        Patterns.Noise.ADVERT, Patterns.Noise.GAMBAS, Patterns.Noise.SIMAK_VIDEO, Patterns.Noise.TONTON_QUOTED,
        Patterns.Noise.SAKSIKAN_VIDEO, Patterns.Noise.LIVE, Patterns.Noise.VIDEO_TITLE, Patterns.Noise.PAGER,
    };
    private static final Pattern[] PROMOS = {
        Patterns.Boilerplate.DOWNLOAD, Patterns.Boilerplate.FOLLOW, Patterns.Boilerplate.DETIK_MORE,
        Patterns.Boilerplate.STORE_LINK,
    };

    private LineClassifier() {
    }

    static LineKind classify(String raw) {
        String text = Text.clean(raw);
        if (text.isEmpty()) {
            return LineKind.BLANK;
        }
        if (matchesAny(NOISE, text)) {
            return LineKind.NOISE;
        }
        if (Patterns.Boilerplate.SYNDICATION.matcher(text).matches()) {
            return LineKind.SYNDICATION;
        }
        if (matchesAny(PROMOS, text)) {
            return LineKind.BOILERPLATE;
        }
        if (Patterns.Foot.CONTRIBUTED.matcher(text).matches()) {
            return LineKind.CREDIT; // the wording is unmistakable wherever it stands
        }
        if (ReadAlsoRule.inline(text) != null) {
            return LineKind.READ_ALSO;
        }
        if (Patterns.ReadAlso.LABEL_ALONE.matcher(text).matches()) {
            return LineKind.READ_ALSO_LABEL;
        }
        return LineKind.TEXT;
    }

    static boolean isNoise(String text) {
        return matchesAny(NOISE, Text.clean(text));
    }

    private static boolean matchesAny(Pattern[] patterns, String text) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(text).matches()) {
                return true;
            }
        }
        return false;
    }
}
