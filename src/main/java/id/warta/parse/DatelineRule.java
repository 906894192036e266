package id.warta.parse;

import id.warta.model.Dateline;
import java.util.regex.Matcher;

/**
 * Datelines at the start of the lede (conventions §1): outlet and place, as written, never recased.
 * Only the start of the body is examined; the caller decides which lines those are.
 */
final class DatelineRule {

    /** Only the opening of a line can hold a dateline; looking further would only invite false matches. */
    private static final int PREFIX = 160;

    /**
     * A dateline found at the start of a line.
     *
     * @param dateline outlet and place as written
     * @param rest the line after the dateline and its separator, trimmed; empty when the line held only the dateline
     */
    record Found(Dateline dateline, String rest) { }

    private DatelineRule() {
    }

    /** The dateline opening {@code line}, or null when it opens with ordinary text. */
    static Found find(String line) {
        String head = line.length() > PREFIX ? line.substring(0, PREFIX) : line;
        Found found = withBrand(line, head);
        return found != null ? found : bare(line, head);
    }

    /** Forms that name an outlet: the brand makes them safe whatever the place. */
    private static Found withBrand(String line, String head) {
        Matcher m = Patterns.Datelines.OUTLET_SEP_PLACE_DOT.matcher(head);
        if (m.lookingAt()) {
            return found(line, m.group("outlet"), m.group("place"), m.end());
        }
        m = Patterns.Datelines.OUTLET_PLACE.matcher(head);
        if (m.lookingAt()) {
            return found(line, m.group("outlet"), m.group("place"), m.end());
        }
        Found unseparated = outletCommaKnownPlace(line, head);
        if (unseparated != null) {
            return unseparated;
        }
        m = Patterns.Datelines.PLACE_OUTLET.matcher(head);
        if (m.lookingAt()) {
            return found(line, m.group("outlet"), m.group("place"), m.end());
        }
        m = Patterns.Datelines.PLACE_PAREN.matcher(head);
        if (m.lookingAt() && (Places.isKnown(m.group("place")) || m.group("outlet").startsWith("ANTARA"))) {
            return found(line, m.group("outlet"), m.group("place"), m.end());
        }
        m = Patterns.Datelines.OUTLET_ONLY.matcher(head);
        if (m.lookingAt()) {
            return found(line, m.group("outlet"), null, m.end());
        }
        return null;
    }

    /** {@code Liputan6.com, Jakarta Sejak kasus…}: no separator at all, so the place must be a known one. */
    private static Found outletCommaKnownPlace(String line, String head) {
        Matcher m = Patterns.Datelines.OUTLET_COMMA.matcher(head);
        if (!m.lookingAt()) {
            return null;
        }
        String after = head.substring(m.end());
        int length = Places.knownPrefix(after);
        if (length == 0) {
            return null;
        }
        return found(line, m.group("outlet"), after.substring(0, length), m.end() + length);
    }

    /** {@code JAKARTA - }, {@code Jakarta: } or a place alone on its line: only a known place counts. */
    private static Found bare(String line, String head) {
        Matcher m = Patterns.Datelines.PLACE_ONLY.matcher(head);
        if (!m.lookingAt()) {
            return null;
        }
        String place = m.group("place");
        return Places.isKnown(place) ? found(line, null, place, m.end()) : null;
    }

    private static Found found(String line, String outlet, String place, int end) {
        int cut = Math.min(end, line.length());
        String rest = Text.clean(line.substring(cut));
        return new Found(new Dateline(clean(outlet), clean(place), null, clean(line.substring(0, cut))), rest);
    }

    private static String clean(String value) {
        return value == null ? null : Text.clean(value).replaceAll("\\s+", " ");
    }
}
