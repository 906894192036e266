package id.warta.site;

import id.warta.model.Article;
import id.warta.model.Quote;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * "Berita Terkait": the articles sharing the most topics with one article (its tags, its section, and the people it
 * names or quotes), then the newest. A shared wire source is no topic: half a site cites Antara, and a cuti-bersama
 * story is not related to rice prices for that.
 *
 * <p>Only the {@link #WINDOW} articles of each tag or source nearest in publication order are candidates: a big tag
 * of a years-long archive holds tens of thousands of articles, and scoring all of them for every article made
 * building quadratic. Nearest in time is what a reader expects of related news anyway. Articles are handled as
 * their positions in the newest-first order, so counting and ranking candidates is plain integer work.
 */
final class RelatedArticles {
    static final int LIMIT = 5;
    /** Candidates per tag, section or person, half before and half after the article in publication order. */
    static final int WINDOW = 200;

    private final List<Article> ordered;
    /** For each article (by rank), the ranks of the articles of each of its tags and sources, ascending. */
    private final int[][][] listsByRank;
    private final IdentityHashMap<Article, Integer> rank;
    private final ThreadLocal<Scratch> scratch;
    /**
     * Each article's related ranks once worked out: the article page and its feed entries ask for them.
     */
    private final AtomicReferenceArray<int[]> relatedRanks;

    /** @param ordered every shown article, newest first */
    RelatedArticles(List<Article> ordered) {
        this.ordered = List.copyOf(ordered);
        int size = ordered.size();
        this.rank = new IdentityHashMap<>(size * 2);
        // Each distinct tag, section and person slug becomes a number (a tag and a section of the same name are
        // two), so that the ranks of each are plain int arrays counted and filled in two passes.
        List<Map<String, Integer>> idsByKind = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
        int[][] keysByRank = new int[size][];
        int[] counts = new int[64];
        int ids = 0;
        for (int i = 0; i < size; i++) {
            Article article = ordered.get(i);
            rank.put(article, i);
            List<List<String>> names = List.of(article.tags(), sectionOf(article), people(article));
            int[] keys = new int[names.get(0).size() + names.get(1).size() + names.get(2).size()];
            int found = 0;
            for (int kind = 0; kind < names.size(); kind++) {
                Map<String, Integer> idOf = idsByKind.get(kind);
                for (String name : names.get(kind)) {
                    String slug = Groups.slug(name);
                    if (slug.isEmpty()) {
                        continue;
                    }
                    Integer id = idOf.get(slug);
                    if (id == null) {
                        id = ids++;
                        idOf.put(slug, id);
                        if (id == counts.length) {
                            counts = Arrays.copyOf(counts, id * 2);
                        }
                    }
                    if (!contains(keys, found, id)) {
                        keys[found++] = id;
                        counts[id]++;
                    }
                }
            }
            keysByRank[i] = found == keys.length ? keys : Arrays.copyOf(keys, found);
        }
        int[][] ranksById = new int[ids][];
        for (int id = 0; id < ids; id++) {
            ranksById[id] = new int[counts[id]];
        }
        int[] filled = new int[ids];
        listsByRank = new int[size][][];
        for (int i = 0; i < size; i++) {
            int[] keys = keysByRank[i];
            for (int id : keys) {
                ranksById[id][filled[id]++] = i;
            }
            int[][] lists = new int[keys.length][];
            for (int k = 0; k < keys.length; k++) {
                lists[k] = ranksById[keys[k]];
            }
            listsByRank[i] = lists;
        }
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(size, size));
        this.relatedRanks = new AtomicReferenceArray<>(size);
    }

    private static List<String> sectionOf(Article article) {
        String section = article.editorial().section();
        return section == null ? List.of() : List.of(section);
    }

    /**
     * The people named as subjects ({@code tokoh:}) and the named speakers of its quotes; a speaker written all in
     * lower case ({@code juru bicara kementerian}) is a role, not a person, and would tie unrelated stories.
     */
    private static List<String> people(Article article) {
        List<String> people = new ArrayList<>(article.editorial().people());
        for (Quote quote : article.quotes()) {
            if (quote.speaker() != null && !quote.speaker().equals(quote.speaker().toLowerCase(Locale.ROOT))) {
                people.add(quote.speaker());
            }
        }
        return people;
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** The article's position, newest first. */
    int rankOf(Article article) {
        return rank.get(article);
    }

    /** Up to five related articles, most shared tags, sections and people first, then newest first; never the article. */
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
}
