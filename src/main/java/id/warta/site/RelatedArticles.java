package id.warta.site;

import id.warta.model.Article;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Berita Terkait": the articles sharing the most tags and sources with one article, then the newest.
 *
 * <p>Only the {@link #WINDOW} articles of each tag or source nearest in publication order are candidates: a big tag
 * of a years-long archive holds tens of thousands of articles, and scoring all of them for every article made
 * building quadratic. Nearest in time is what a reader expects of related news anyway.
 */
final class RelatedArticles {
    static final int LIMIT = 5;
    /** Candidates per tag or source, half before and half after the article in publication order. */
    static final int WINDOW = 200;

    private final Map<String, List<Article>> byKey = new HashMap<>();
    private final Map<Article, Integer> rank = new IdentityHashMap<>();

    /** @param ordered every shown article, newest first */
    RelatedArticles(List<Article> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            Article article = ordered.get(i);
            rank.put(article, i);
            for (String key : keys(article)) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(article);
            }
        }
    }

    /** Up to five related articles, most shared tags and sources first, then newest first; never the article. */
    List<Article> of(Article article) {
        Map<Article, Integer> shared = new IdentityHashMap<>();
        int own = rank.get(article);
        for (String key : keys(article)) {
            List<Article> all = byKey.getOrDefault(key, List.of());
            for (Article other : near(all, own)) {
                if (other != article) {
                    shared.merge(other, 1, Integer::sum);
                }
            }
        }
        return shared.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Article, Integer> e) -> -e.getValue())
                        .thenComparing(e -> rank.get(e.getKey())))
                .limit(LIMIT)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The {@link #WINDOW} articles of a key's list (newest first) nearest to the article ranked {@code own}. */
    private List<Article> near(List<Article> all, int own) {
        if (all.size() <= WINDOW) {
            return all;
        }
        int at = Collections.binarySearch(all, null, (a, ignored) -> Integer.compare(rank.get(a), own));
        int position = at >= 0 ? at : -at - 1;
        int from = Math.max(0, Math.min(position - WINDOW / 2, all.size() - WINDOW));
        return all.subList(from, from + WINDOW);
    }

    /** Tag and source slugs, kept apart so a tag and a source of the same name do not count as shared. */
    private static List<String> keys(Article article) {
        List<String> keys = new ArrayList<>();
        article.tags().stream().map(t -> "tag:" + Groups.slug(t)).distinct().forEach(keys::add);
        article.attributions().stream().map(s -> "sumber:" + Groups.slug(s)).distinct().forEach(keys::add);
        return keys;
    }
}
