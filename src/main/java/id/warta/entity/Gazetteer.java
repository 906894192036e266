package id.warta.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Place names: Indonesia's provinces, regencies and cities from {@code wilayah.txt} (derived from cahyadsn/wilayah,
 * MIT), and the world's countries as the JDK's CLDR data names them in Indonesian, so no list of countries is kept
 * by hand.
 */
final class Gazetteer {
    /** Longest place name, in words ({@code Kepulauan Bangka Belitung}, {@code Bosnia dan Herzegovina}). */
    static final int MAX_WORDS = 4;
    /**
     * CLDR country names that are also given names or English words in Indonesian text ({@code Georgia},
     * {@code Chad}, {@code Jersey}): a page for them would as often be about a person.
     */
    private static final Set<String> AMBIGUOUS = Set.of("georgia", "chad", "jersey", "guernsey", "niue", "man",
            "natal", "dominika");

    /** A place found in a text. */
    record Match(String name, int words, boolean country) { }

    private static final Map<String, String> REGIONS = regions();
    private static final Map<String, String> COUNTRIES = countries();

    private Gazetteer() {
    }

    /** The canonical spelling of a place written in any case ({@code JAKARTA}), or null when unknown. */
    static String canonical(String place) {
        String key = Names.key(place);
        String country = COUNTRIES.get(key);
        return country != null ? country : REGIONS.get(key);
    }

    static boolean isCountry(String name) {
        return COUNTRIES.containsKey(Names.key(name));
    }

    static boolean isPlace(String name) {
        return canonical(name) != null;
    }

    /**
     * The longest place starting at word {@code i}, whose words are capitalised and joined by spaces only (a
     * lower-case {@code dan} may stand inside); null when none.
     */
    static Match at(List<Word> words, int i, boolean countriesOnly) {
        Match best = null;
        StringBuilder name = new StringBuilder();
        for (int n = 0; n < MAX_WORDS && i + n < words.size(); n++) {
            Word w = words.get(i + n);
            if (n > 0) {
                if (!words.get(i + n - 1).joinsNext(w)) {
                    break;
                }
                name.append(' ');
            }
            name.append(w.text());
            if (!Names.startsCapital(w.text()) && !w.text().equals("dan")) {
                break;
            }
            String key = Names.key(name.toString());
            String country = COUNTRIES.get(key);
            String region = countriesOnly ? null : REGIONS.get(key);
            if (country != null || region != null) {
                best = new Match(country != null ? country : region, n + 1, country != null);
            }
        }
        return best;
    }

    private static Map<String, String> regions() {
        Map<String, String> names = new HashMap<>();
        for (String name : Lists.read("wilayah.txt")) {
            names.putIfAbsent(Names.key(name), name);
        }
        return Map.copyOf(names);
    }

    /**
     * Each ISO country's Indonesian name, and its short form where CLDR adds a qualifier: {@code Inggris Raya}
     * also as {@code Inggris}, {@code Hong Kong DAK Tiongkok} as {@code Hong Kong}, {@code Myanmar (Burma)} as
     * {@code Myanmar}.
     */
    private static Map<String, String> countries() {
        Locale indonesian = Locale.forLanguageTag("id");
        Map<String, String> names = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(indonesian);
            String shortName = name.replaceAll("\\s*\\(.*\\)$", "").replaceAll("\\s+DAK\\s.*$", "")
                    .replaceAll("\\s+-\\s.*$", "").replaceAll("\\s+Raya$", "").strip();
            for (String form : List.of(name, shortName)) {
                String key = Names.key(form);
                if (!key.isEmpty() && !AMBIGUOUS.contains(key)) {
                    names.putIfAbsent(key, shortName);
                }
            }
        }
        return Map.copyOf(names);
    }
}
