package id.warta.site;

import id.warta.model.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

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
    /** For each article (by rank), the ranks of the articles of each of its tags and sources, ascending. */
    private final int[][][] listsByRank;
    private final IdentityHashMap<Article, Integer> rank;
    private final ThreadLocal<Scratch> scratch;
    /**
     * Each article's related ranks once worked out: a page asks twice (whether it changed, then its view), and the
     * preview server keeps them from one rebuild to the next while no article's tags, sources or order changed.
     */
    private final AtomicReferenceArray<int[]> relatedRanks;

    /** @param ordered every shown article, newest first */
    RelatedArticles(List<Article> ordered) {
        this.ordered = List.copyOf(ordered);
        this.rank = new IdentityHashMap<>();
        Map<String, List<Integer>> byKey = new HashMap<>();
        List<List<String>> keysByRank = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Article article = ordered.get(i);
            rank.put(article, i);
            List<String> keys = keys(article);
            keysByRank.add(keys);
            for (String key : keys) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, int[]> ranksByKey = new HashMap<>();
        byKey.forEach((key, ranks) -> ranksByKey.put(key, ranks.stream().mapToInt(Integer::intValue).toArray()));
        listsByRank = new int[ordered.size()][][];
        for (int i = 0; i < ordered.size(); i++) {
            listsByRank[i] = keysByRank.get(i).stream().map(ranksByKey::get).toArray(int[][]::new);
        }
        int size = ordered.size();
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(size, size));
        this.relatedRanks = new AtomicReferenceArray<>(size);
    }

    /** The same ranking with some articles replaced by versions of the same tags and sources. */
    @SuppressWarnings("unchecked")
    private RelatedArticles(RelatedArticles same, List<Article> ordered, Map<Article, Article> replaced) {
        this.ordered = List.copyOf(ordered);
        this.rank = (IdentityHashMap<Article, Integer>) same.rank.clone();
        replaced.forEach((old, now) -> rank.put(now, rank.remove(old)));
        this.listsByRank = same.listsByRank;
        this.scratch = same.scratch;
        this.relatedRanks = same.relatedRanks;
    }

    /**
     * This ranking for {@code ordered}: the articles it was made for with each key of {@code replaced} swapped for
     * its value, a version with the same tags and sources (the preview server after an edit that moved nothing).
     */
    RelatedArticles withArticles(List<Article> ordered, Map<Article, Article> replaced) {
        if (ordered.size() != this.ordered.size()) {
            throw new IllegalArgumentException("not the same articles");
        }
        return new RelatedArticles(this, ordered, replaced);
    }

    /** The article's position, newest first. */
    int rankOf(Article article) {
        return rank.get(article);
    }

    /** Up to five related articles, most shared tags and sources first, then newest first; never the article. */
    List<Article> of(Article article) {
        return ofRank(rank.get(article));
    }

    /** {@link #of} the article at {@code own} in the newest-first order. */
    List<Article> ofRank(int own) {
        int[] ranks = relatedRanks.get(own);
        if (ranks == null) {
            ranks = rank(own);
            relatedRanks.set(own, ranks);
        }
        Article[] related = new Article[ranks.length];
        for (int i = 0; i < ranks.length; i++) {
            related[i] = ordered.get(ranks[i]);
        }
        return Arrays.asList(related);
    }

    private int[] rank(int own) {
        Scratch scratch = this.scratch.get();
        int[] shared = scratch.shared;
        int touched = 0;
        for (int[] all : listsByRank[own]) {
            int from = windowStart(all, own);
            int to = from + Math.min(WINDOW, all.length);
            for (int i = from; i < to; i++) {
                int candidate = all[i];
                if (candidate != own && shared[candidate]++ == 0) {
                    scratch.touched[touched++] = candidate;
                }
            }
        }
        // Keep the best LIMIT by (shared desc, rank asc), resetting the counts for the next call on this thread.
        int[] bestRank = new int[LIMIT];
        int[] bestShared = new int[LIMIT];
        int found = 0;
        for (int t = 0; t < touched; t++) {
            int candidate = scratch.touched[t];
            int count = shared[candidate];
            shared[candidate] = 0;
            int at = found;
            while (at > 0 && (bestShared[at - 1] < count
                    || bestShared[at - 1] == count && bestRank[at - 1] > candidate)) {
                at--;
            }
            if (at >= LIMIT) {
                continue;
            }
            int last = Math.min(found, LIMIT - 1);
            System.arraycopy(bestRank, at, bestRank, at + 1, last - at);
            System.arraycopy(bestShared, at, bestShared, at + 1, last - at);
            bestRank[at] = candidate;
            bestShared[at] = count;
            found = Math.min(found + 1, LIMIT);
        }
        return Arrays.copyOf(bestRank, found);
    }

    /**
     * Per-thread counters, one per article, so that scoring candidates needs neither sorting nor a map; every
     * count is back to zero when {@link #of} returns. Pages are made on several threads, each with its own.
     */
    private static final class Scratch {
        final int[] shared;
        final int[] touched;

        Scratch(int articles, int maxCandidates) {
            shared = new int[articles];
            touched = new int[maxCandidates];
        }
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
