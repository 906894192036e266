package id.warta.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Known place names for the bare {@code Place - } dateline: without a brand, only a known city, regency, province or
 * major foreign city makes a dateline, so {@code Presiden Prabowo - dalam pidatonya} stays text.
 */
final class Places {

    private static final Set<String> NAMES = load();
    private static final int MAX_WORDS = 4;

    private Places() {
    }

    static boolean isKnown(String place) {
        return NAMES.contains(key(place));
    }

    /** The length of the longest known place at the start of {@code text}, followed by a space; 0 when none. */
    static int knownPrefix(String text) {
        String[] words = text.split(" ", MAX_WORDS + 1);
        int best = 0;
        int length = 0;
        for (int i = 0; i < Math.min(words.length, MAX_WORDS); i++) {
            length += (i == 0 ? 0 : 1) + words[i].length();
            if (length < text.length() && isKnown(text.substring(0, length))) {
                best = length;
            }
        }
        return best;
    }

    private static String key(String place) {
        return place.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        try (InputStream in = Places.class.getResourceAsStream("places.txt")) {
            if (in == null) {
                throw new IllegalStateException("places.txt is missing from the parser's resources");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(key(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }
}
