package id.warta.parse;

import id.warta.model.Dateline;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The start of the body: an optional title line, byline lines, and the dateline (one or stacked, alone on a line or
 * opening the lede). Nothing further down is ever read as a dateline.
 */
final class BodyHead {

    /** Stacked datelines seen in the wild are two deep; three is a safe bound. */
    private static final int MAX_DATELINES = 3;
    private static final int MAX_BYLINES = 2;

    /** What the head of the body held; {@code ledeLine} is -1 when no dateline opened a text line. */
    record Head(String titleLine, Dateline dateline, int ledeLine, String ledeText) { }

    private BodyHead() {
    }

    static Head read(List<String> lines, LineKind[] kinds, String frontMatterTitle, CreditsPeeler credits) {
        int i = nextText(kinds, 0);
        String titleLine = null;
        if (i >= 0) {
            String first = Text.clean(lines.get(i));
            boolean repeatsTitle = frontMatterTitle != null && first.equalsIgnoreCase(frontMatterTitle.strip());
            boolean isTitle = frontMatterTitle == null && DatelineRule.find(first) == null && byline(first) == null
                    && HeadlineRule.isTitleLine(first) && nextText(kinds, i + 1) >= 0;
            if (repeatsTitle || isTitle) {
                kinds[i] = LineKind.HEADLINE;
                titleLine = first;
                i = nextText(kinds, i + 1);
            }
        }
        for (int n = 0; n < MAX_BYLINES && i >= 0; n++) {
            String[] role = byline(Text.clean(lines.get(i)));
            if (role == null) {
                break;
            }
            credits.addByline(role[0], role[1]);
            kinds[i] = LineKind.BYLINE;
            i = nextText(kinds, i + 1);
        }
        String outlet = null;
        String place = null;
        String written = null;
        int ledeLine = -1;
        String ledeText = null;
        String current = i >= 0 ? Text.clean(lines.get(i)) : null;
        for (int n = 0; n < MAX_DATELINES && current != null; n++) {
            DatelineRule.Found found = DatelineRule.find(current);
            if (found == null) {
                break;
            }
            outlet = outlet != null ? outlet : found.dateline().outlet();
            place = place != null ? place : found.dateline().place();
            written = written == null ? found.dateline().written() : written + " " + found.dateline().written();
            if (found.rest().isEmpty()) {
                kinds[i] = LineKind.DATELINE;
                ledeLine = -1;
                ledeText = null;
                i = nextText(kinds, i + 1);
                current = i >= 0 ? Text.clean(lines.get(i)) : null;
            } else {
                ledeLine = i;
                ledeText = found.rest();
                current = found.rest();
            }
        }
        Dateline dateline = outlet == null && place == null ? Dateline.NONE
                : new Dateline(outlet, place, null, written);
        return new Head(titleLine, dateline, ledeLine, ledeText);
    }

    /** {@code {role, name}} for a byline line, or null. */
    static String[] byline(String text) {
        Matcher m = Patterns.Bylines.REPORTER.matcher(text);
        if (m.matches()) {
            return new String[] {"reporter", m.group("name").strip()};
        }
        m = Patterns.Bylines.AUTHOR.matcher(text);
        if (m.matches()) {
            return new String[] {"penulis", m.group("name").strip()};
        }
        return null;
    }

    /** The next line still unclaimed ordinary text, skipping blanks, furniture and read-also lines; -1 when none. */
    static int nextText(LineKind[] kinds, int from) {
        for (int i = from; i < kinds.length; i++) {
            if (kinds[i] == LineKind.TEXT) {
                return i;
            }
        }
        return -1;
    }
}
