package id.warta.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The read-also resolution as it was before prefix filtering, kept to prove the faster one gives the same answers:
 * it counts, for every headline sharing any word with the title, how many words it shares.
 */
final class OldResolver {
    private static final String NONE = "";

    private final Map<String, String> pathByTitleKey;
    private final List<String> keys;
    /** Positions in {@link #keys} of the titles holding each word, so close matching looks only at candidates. */
    private final Map<String, List<Integer>> titlesByWord = new HashMap<>();
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** @param pathByTitleKey output path of each article by {@link TitleKey} of its headline, newest first */
    OldResolver(Map<String, String> pathByTitleKey) {
        this.pathByTitleKey = new LinkedHashMap<>(pathByTitleKey);
        this.keys = List.copyOf(this.pathByTitleKey.keySet());
        for (int i = 0; i < keys.size(); i++) {
            for (String word : words(keys.get(i))) {
                titlesByWord.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
            }
        }
    }

    /** The site path of the article a title names, or null. */
    String target(String title) {
        String key = TitleKey.of(title);
        String exact = pathByTitleKey.get(key);
        if (exact != null) {
            return exact;
        }
        String found = cache.computeIfAbsent(key, this::closest);
        return found.equals(NONE) ? null : found;
    }

    /** The closest headline, or {@link #NONE}; pages are rendered on several threads, hence the concurrent cache. */
    private String closest(String key) {
        Set<String> words = words(key);
        String best = null;
        double bestScore = 0.85;
        for (int candidate : candidates(words)) {
            String otherKey = keys.get(candidate);
            Set<String> other = words(otherKey);
            if (overlap(words, other) < 0.5) {
                continue;
            }
            double score = Math.max(ReadAlsoResolver.similarity(key, otherKey), wordScore(words, other));
            if (score > bestScore || best == null && score >= bestScore) {
                best = pathByTitleKey.get(otherKey);
                bestScore = score;
            }
        }
        return best == null ? NONE : best;
    }

    /**
     * Titles sharing at least half of this title's words (fewer cannot pass {@link #0.5}), newest
     * first, as the full scan met them.
     */
    private int[] candidates(Set<String> words) {
        Map<Integer, Integer> shared = new HashMap<>();
        for (String word : words) {
            for (int title : titlesByWord.getOrDefault(word, List.of())) {
                shared.merge(title, 1, Integer::sum);
            }
        }
        int needed = (int) Math.ceil(words.size() * 0.5);
        return shared.entrySet().stream().filter(e -> e.getValue() >= needed).mapToInt(Map.Entry::getKey)
                .sorted().toArray();
    }

    // The word scores are ReadAlsoResolver's own: what this oracle checks is which candidates get scored.
    private static Set<String> words(String key) {
        return ReadAlsoResolver.words(key);
    }

    private static double overlap(Set<String> a, Set<String> b) {
        return ReadAlsoResolver.overlap(a, b);
    }

    private static double wordScore(Set<String> a, Set<String> b) {
        return ReadAlsoResolver.wordScore(a, b);
    }

}
