package id.warta.site;

import id.warta.model.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Berita Terkait": the articles sharing the most tags and sources with one article, then the newest.
 *
 * <p>Only the {@link #WINDOW} articles of each tag or source nearest in publication order are candidates: a big tag
 * of a years-long archive holds tens of thousands of articles, and scoring all of them for every article made
 * building quadratic. Nearest in time is what a reader expects of related news anyway. Articles are handled as
 * their positions in the newest-first order, so counting and ranking candidates is plain integer work.
 */
final class RelatedArticles {
    static final int LIMIT = 5;
    /** Candidates per tag or source, half before and half after the article in publication order. */
    static final int WINDOW = 200;

    private final List<Article> ordered;
    private final Map<String, int[]> ranksByKey = new HashMap<>();
    private final Map<Article, Integer> rank = new IdentityHashMap<>();

    /** @param ordered every shown article, newest first */
    RelatedArticles(List<Article> ordered) {
        this.ordered = List.copyOf(ordered);
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            Article article = ordered.get(i);
            rank.put(article, i);
            for (String key : keys(article)) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        byKey.forEach((key, ranks) -> ranksByKey.put(key, ranks.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** Up to five related articles, most shared tags and sources first, then newest first; never the article. */
    List<Article> of(Article article) {
        int own = rank.get(article);
        int[] candidates = new int[0];
        int count = 0;
        for (String key : keys(article)) {
            int[] all = ranksByKey.getOrDefault(key, new int[0]);
            int from = windowStart(all, own);
            int length = Math.min(WINDOW, all.length);
            if (count + length > candidates.length) {
                candidates = Arrays.copyOf(candidates, Math.max(candidates.length * 2, count + length));
            }
            System.arraycopy(all, from, candidates, count, length);
            count += length;
        }
        Arrays.sort(candidates, 0, count);
        // Runs of the same rank are the keys an article shares; keep the best LIMIT by (shared desc, rank asc).
        int[] bestRank = new int[LIMIT];
        int[] bestShared = new int[LIMIT];
        int found = 0;
        for (int i = 0; i < count; ) {
            int candidate = candidates[i];
            int shared = 0;
            while (i < count && candidates[i] == candidate) {
                shared++;
                i++;
            }
            if (candidate == own) {
                continue;
            }
            int at = found;
            while (at > 0 && bestShared[at - 1] < shared) {
                at--;
            }
            if (at >= LIMIT) {
                continue;
            }
            int last = Math.min(found, LIMIT - 1);
            System.arraycopy(bestRank, at, bestRank, at + 1, last - at);
            System.arraycopy(bestShared, at, bestShared, at + 1, last - at);
            bestRank[at] = candidate;
            bestShared[at] = shared;
            found = Math.min(found + 1, LIMIT);
        }
        List<Article> related = new ArrayList<>(found);
        for (int i = 0; i < found; i++) {
            related.add(ordered.get(bestRank[i]));
        }
        return related;
    }

    /** Where the {@link #WINDOW} ranks of a key (ascending) nearest to {@code own} start. */
    private static int windowStart(int[] ranks, int own) {
        if (ranks.length <= WINDOW) {
            return 0;
        }
        int at = Arrays.binarySearch(ranks, own);
        int position = at >= 0 ? at : -at - 1;
        return Math.max(0, Math.min(position - WINDOW / 2, ranks.length - WINDOW));
    }

    /** Tag and source slugs, kept apart so a tag and a source of the same name do not count as shared. */
    private static List<String> keys(Article article) {
        List<String> keys = new ArrayList<>();
        article.tags().stream().map(t -> "tag:" + Groups.slug(t)).distinct().forEach(keys::add);
        article.attributions().stream().map(s -> "sumber:" + Groups.slug(s)).distinct().forEach(keys::add);
        return keys;
    }
}
