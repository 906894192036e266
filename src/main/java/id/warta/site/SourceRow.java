package id.warta.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one "Sumber" row under an article. Sources come from two places: the attributions the text makes ("dilansir
 * dari Antara"), which link to their source pages, and a {@code Sumber:} credit line at the foot. Shown apart they
 * make two rows saying the same thing, so the credit's names join the linked ones and lose their own row.
 */
final class SourceRow {
    static final String CREDIT_ROLE = "sumber";

    private SourceRow() {
    }

    /** The linked sources followed by the credit's names that none of them already shows (those without a link). */
    static List<LinkView> merge(List<LinkView> linked, String creditValue) {
        if (creditValue == null || creditValue.isBlank()) {
            return linked;
        }
        Map<String, LinkView> byName = new LinkedHashMap<>();
        for (LinkView source : linked) {
            byName.put(key(source.label()), source);
        }
        List<LinkView> row = new ArrayList<>(linked);
        for (String name : creditValue.split("\\s*(?:,|;|/|\\bdan\\b)\\s*")) {
            String trimmed = name.strip();
            if (!trimmed.isEmpty() && byName.putIfAbsent(key(trimmed), new LinkView(trimmed, null)) == null) {
                row.add(new LinkView(trimmed, null));
            }
        }
        return row;
    }

    /** {@code ANTARA}, {@code Antara} and {@code antara} name one source. */
    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
