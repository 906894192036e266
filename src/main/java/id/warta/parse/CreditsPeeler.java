package id.warta.parse;

import id.warta.model.Credits;
import id.warta.model.Syndication;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The article's foot (conventions §5), peeled bottom-up: end marker, initials, credit roles and copyright are only
 * believed at the very end, after the last paragraph, because the same words inside a story are story text.
 * Syndication footers and promos are recognised wherever the classifier found them.
 */
final class CreditsPeeler {

    private final Map<String, String> roles = new LinkedHashMap<>();
    private final List<String> initials = new ArrayList<>();
    private final List<String> boilerplate = new ArrayList<>();
    private final List<String> endMarkers = new ArrayList<>();
    private String copyright;
    private Syndication syndication;

    /** Claims the foot lines of {@code lines}, setting their kinds; stops at the first line of story text. */
    void peel(List<String> lines, LineKind[] kinds) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            LineKind kind = kinds[i];
            if (kind != LineKind.TEXT) {
                // Furniture, read-also boxes and promos can sit among the credits; step over them.
                if (kind == LineKind.BLANK || kind == LineKind.NOISE || kind == LineKind.SYNDICATION
                        || kind == LineKind.BOILERPLATE || kind == LineKind.READ_ALSO
                        || kind == LineKind.READ_ALSO_TITLE || kind == LineKind.READ_ALSO_LABEL || kind == LineKind.TAG
                        || kind == LineKind.CREDIT) {
                    continue;
                }
                return;
            }
            LineKind foot = footKind(Text.clean(lines.get(i)));
            if (foot == null) {
                return;
            }
            kinds[i] = foot;
        }
    }

    /** Reads the data of every claimed line, top to bottom, so roles keep the order written. */
    void collect(List<String> lines, LineKind[] kinds) {
        for (int i = 0; i < lines.size(); i++) {
            String text = Text.clean(lines.get(i));
            switch (kinds[i]) {
                case END_MARKER -> endMarkers.add(text);
                case INITIALS -> initials.add(text);
                case CREDIT -> addRoles(text);
                case COPYRIGHT -> copyright = copyright == null ? text : copyright + " " + text;
                case SYNDICATION -> {
                    if (syndication == null) {
                        syndication = syndication(text);
                    } else {
                        boilerplate.add(text);
                    }
                }
                case BOILERPLATE -> boilerplate.add(text);
                default -> { }
            }
        }
    }

    /** A byline before the dateline: kept as a role, after any role the foot names for the same person. */
    void addByline(String role, String name) {
        roles.putIfAbsent(role, name);
    }

    Credits credits() {
        return new Credits(roles, initials.isEmpty() ? null : String.join(" ", initials), copyright, syndication,
                boilerplate);
    }

    /** The end marker as written, several joined by a space, or null. */
    String endMarker() {
        return endMarkers.isEmpty() ? null : String.join(" ", endMarkers);
    }

    static LineKind footKind(String text) {
        if (Patterns.Foot.END_MARKER.matcher(text).matches()) {
            return LineKind.END_MARKER;
        }
        if (Patterns.Foot.INITIALS.matcher(text).matches()) {
            return LineKind.INITIALS;
        }
        if (Patterns.Foot.COPYRIGHT.matcher(text).matches() || Patterns.Foot.NOTICE.matcher(text).matches()) {
            return LineKind.COPYRIGHT;
        }
        if (!parseRoles(text).isEmpty()) {
            return LineKind.CREDIT;
        }
        return null;
    }

    private void addRoles(String text) {
        parseRoles(text).forEach(roles::putIfAbsent);
    }

    /**
     * {@code Editor: Y}, {@code Penulis | : | Nama |}, or several joined by {@code |}: {@code Penulis: X | Editor: Y},
     * also wrapped in parentheses as Kompas prints it: {@code (Penulis: X | Editor: Y)}.
     */
    static Map<String, String> parseRoles(String text) {
        String trimmed = text.strip();
        if (trimmed.length() > 2 && trimmed.startsWith("(") && trimmed.endsWith(")")) {
            text = trimmed.substring(1, trimmed.length() - 1);
        }
        Map<String, String> found = new LinkedHashMap<>();
        Matcher contributed = Patterns.Foot.CONTRIBUTED.matcher(text);
        if (contributed.matches()) {
            found.put("kontributor", contributed.group("name").strip());
            return found;
        }
        Matcher bio = Patterns.Foot.BIO.matcher(text);
        if (bio.matches()) {
            found.put("bio", text.strip());
            return found;
        }
        Matcher table = Patterns.Foot.ROLE_TABLE.matcher(text);
        if (table.matches()) {
            found.put(table.group("role").toLowerCase(Locale.ROOT), table.group("name").strip());
            return found;
        }
        for (String part : text.split("\\s*\\|\\s*")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = Patterns.Foot.ROLE.matcher(part.strip());
            if (!m.matches()) {
                return Map.of();
            }
            found.putIfAbsent(m.group("role").toLowerCase(Locale.ROOT), m.group("name").strip());
        }
        return found;
    }

    static Syndication syndication(String text) {
        Matcher m = Patterns.Boilerplate.SYNDICATION.matcher(text);
        if (!m.matches()) {
            return new Syndication(text, null, null);
        }
        String outlet = m.group("outlet").strip().replaceAll("[.,]+$", "");
        String rest = m.group("rest");
        if (rest == null) {
            return new Syndication(outlet, null, m.group("tail"));
        }
        String url = null;
        Matcher u = Patterns.Boilerplate.URL.matcher(rest);
        if (u.find()) {
            url = u.group("url");
            rest = rest.substring(0, u.start());
        }
        rest = Patterns.Boilerplate.CLICK_TO_READ.matcher(rest.strip()).replaceFirst("");
        String title = stripQuotes(rest.strip().replaceAll("[,\\s]+$", ""));
        if (url == null && title.endsWith(".")) {
            title = title.substring(0, title.length() - 1).strip();
        }
        return new Syndication(outlet, title.isEmpty() ? null : title, url);
    }

    private static String stripQuotes(String s) {
        String t = s;
        if (t.length() >= 2 && "\"“'‘".indexOf(t.charAt(0)) >= 0 && "\"”'’".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t;
    }
}
