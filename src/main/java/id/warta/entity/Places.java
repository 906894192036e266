package id.warta.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds places in words: {@code di <Place>} and {@code Kota/Kabupaten/Provinsi <Place>} for Indonesia's regions, and
 * countries wherever they stand on their own ({@code invasi Rusia ke Ukraina}, {@code Presiden Rusia Vladimir
 * Putin}), never inside another name ({@code Bank Indonesia}, {@code Jakarta International Stadium}).
 */
final class Places {
    private static final Set<String> MARKERS = Set.of("kota", "kabupaten", "provinsi", "kab", "prov");

    /**
     * A place found.
     *
     * @param name its canonical spelling
     * @param at index of its first word
     * @param words how many words it has
     */
    record Found(String name, int at, int words) { }

    private Places() {
    }

    static List<Found> find(List<Word> words) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Gazetteer.Match match = Gazetteer.at(words, i, false);
            if (match == null) {
                continue;
            }
            int end = i + match.words();
            Word before = i > 0 && words.get(i - 1).joinsNext(words.get(i)) ? words.get(i - 1) : null;
            String prev = before == null ? null : before.text();
            // `Presiden Rusia Vladimir Putin` names Russia; `Bank Indonesia` and `Timnas Indonesia` do not.
            boolean afterRole = prev != null && Names.startsCapital(prev) && Roles.isTitle(prev);
            if (!afterRole && continuesAsName(words, end)) {
                i = end - 1;
                continue;
            }
            boolean introduced = prev != null && (prev.equals("di")
                    || MARKERS.contains(prev.toLowerCase(Locale.ROOT)) && Names.startsCapital(prev));
            boolean standsAlone = prev == null || !Names.startsCapital(prev) || afterRole;
            if (introduced || match.country() && standsAlone) {
                found.add(new Found(match.name(), i, match.words()));
            }
            i = end - 1;
        }
        return found;
    }

    /** A place a dateline names ({@code JAKARTA}), in its canonical spelling, or null when it is no known place. */
    static String ofDateline(String place) {
        return place == null ? null : Gazetteer.canonical(place);
    }

    /** Whether a capitalised word joins the place into a longer name: {@code Jakarta International Stadium}. */
    private static boolean continuesAsName(List<Word> words, int end) {
        if (end >= words.size() || !words.get(end - 1).joinsNext(words.get(end))) {
            return false;
        }
        String next = words.get(end).text();
        return Names.startsCapital(next) && !Names.never(next) && !Roles.isTitle(next)
                && Gazetteer.at(words, end, false) == null;
    }
}
