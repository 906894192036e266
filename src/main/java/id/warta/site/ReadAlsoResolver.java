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
 * Finds the site article a read-also title names: first by the title with case and punctuation ignored, then by
 * the closest headline when it is close enough (outlets shorten or retouch titles in read-also lines).
 */
final class ReadAlsoResolver {
    /** Share of words two titles must have in common before spelling is compared at all. */
    private static final double MIN_WORD_OVERLAP = 0.5;
    /** How alike two titles must be, 1 minus edit distance over length, to count as the same article. */
    private static final double MIN_SIMILARITY = 0.85;
    /** Or: the share of all their words two titles must have in common (a word added or dropped)... */
    private static final double MIN_SHARED_WORDS = 0.8;
    /** ...counting at least this many shared words, so that short titles are not matched loosely. */
    private static final int MIN_COMMON_WORDS = 4;

    private static final String NONE = "";

    private final Map<String, String> pathByTitleKey;
    private final List<String> keys;
    /** Each word of the headlines as a number. */
    private final Map<String, Integer> wordIds = new HashMap<>();
    /** For each word number, the positions in {@link #keys} of the headlines holding it, ascending. */
    private final int[][] titlesByWord;
    private final Map<String, String> cache = new ConcurrentHashMap<>();
    /** Per thread, a mark per headline, so a headline met in several word lists is taken once. */
    private final ThreadLocal<Marks> marks;
    private final Links links;

    /** A mark per headline, reset by moving to the next round instead of clearing the array. */
    private static final class Marks {
        final int[] round;
        int current;

        Marks(int size) {
            round = new int[size];
        }
    }

    /** @param pathByTitleKey output path of each article by {@link TitleKey} of its headline, newest first */
    ReadAlsoResolver(Map<String, String> pathByTitleKey, Links links) {
        this.pathByTitleKey = new LinkedHashMap<>(pathByTitleKey);
        this.keys = List.copyOf(this.pathByTitleKey.keySet());
        int[][] wordsOfTitle = new int[keys.size()][];
        int[] sizes = new int[16];
        for (int i = 0; i < keys.size(); i++) {
            Set<String> words = words(keys.get(i));
            int[] ids = new int[words.size()];
            int n = 0;
            for (String word : words) {
                int id = wordIds.computeIfAbsent(word, w -> wordIds.size());
                if (id == sizes.length) {
                    sizes = Arrays.copyOf(sizes, id * 2);
                }
                sizes[id]++;
                ids[n++] = id;
            }
            Arrays.sort(ids);
            wordsOfTitle[i] = ids;
        }
        this.titlesByWord = new int[wordIds.size()][];
        for (int id = 0; id < titlesByWord.length; id++) {
            titlesByWord[id] = new int[sizes[id]];
        }
        int[] filled = new int[titlesByWord.length];
        for (int i = 0; i < wordsOfTitle.length; i++) {
            for (int id : wordsOfTitle[i]) {
                titlesByWord[id][filled[id]++] = i;
            }
        }
        int size = keys.size();
        this.marks = ThreadLocal.withInitial(() -> new Marks(size));
        this.links = links;
    }

    /** The relative link from {@code fromPath} to the article titled {@code title}, or null when none matches. */
    String link(String title, String fromPath) {
        String target = target(title);
        return target == null ? null : links.relative(fromPath, target);
    }

    /** The absolute URL of the article titled {@code title}, or null; for feeds. */
    String absoluteLink(String title) {
        String target = target(title);
        return target == null ? null : links.absolute(target);
    }

    boolean resolves(String title) {
        return target(title) != null;
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
        double bestScore = MIN_SIMILARITY;
        for (int candidate : candidates(words)) {
            String otherKey = keys.get(candidate);
            Set<String> other = words(otherKey);
            if (overlap(words, other) < MIN_WORD_OVERLAP) {
                continue;
            }
            double score = Math.max(similarity(key, otherKey), wordScore(words, other));
            if (score > bestScore || best == null && score >= bestScore) {
                best = pathByTitleKey.get(otherKey);
                bestScore = score;
            }
        }
        return best == null ? NONE : best;
    }

    /**
     * Every headline sharing at least half of this title's words (fewer cannot pass {@link #MIN_WORD_OVERLAP}),
     * newest first, as a full scan would meet them; possibly some more, which the caller checks.
     *
     * <p>Prefix filtering, as set-similarity joins do it: a headline sharing {@code needed} of the title's
     * {@code n} words shares at least one of any {@code n - needed + 1} of them, so only the word lists of that
     * many of the title's rarest words are read. Words no headline has are the rarest of all and cost nothing; a
     * title with more of them than {@code n - needed} has no candidate at all. Common words ("di", "dan"), whose
     * lists hold much of the archive, are never read, so the cost per title stays flat as the archive grows.
     */
    private int[] candidates(Set<String> words) {
        int n = words.size();
        int needed = (int) Math.ceil(n * MIN_WORD_OVERLAP);
        int[][] lists = new int[n][];
        int i = 0;
        for (String word : words) {
            Integer id = wordIds.get(word);
            lists[i++] = id == null ? new int[0] : titlesByWord[id];
        }
        Arrays.sort(lists, (a, b) -> Integer.compare(a.length, b.length));
        Marks seen = marks.get();
        seen.current++;
        int[] found = new int[16];
        int count = 0;
        for (int k = 0; k < n - needed + 1; k++) {
            for (int title : lists[k]) {
                if (seen.round[title] != seen.current) {
                    seen.round[title] = seen.current;
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = title;
                }
            }
        }
        int[] candidates = Arrays.copyOf(found, count);
        Arrays.sort(candidates);
        return candidates;
    }

    static Set<String> words(String key) {
        return new HashSet<>(Arrays.asList(key.split(" ")));
    }

    static double overlap(Set<String> a, Set<String> b) {
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / Math.max(a.size(), b.size());
    }

    /** Shared words over all words (Jaccard), or 0 when too few words are shared to tell. */
    static double wordScore(Set<String> a, Set<String> b) {
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        double shared = (double) common.size() / all.size();
        return common.size() >= MIN_COMMON_WORDS && shared >= MIN_SHARED_WORDS ? Math.max(shared, MIN_SIMILARITY) : 0;
    }

    /** 1 − Levenshtein distance / longer length. */
    static double similarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1 : 1 - (double) distance(a, b) / longer;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
