package id.warta.site;

import id.warta.model.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** "Berita Terkait": the articles sharing the most tags and sources with one article, then the newest. */
final class RelatedArticles {
    static final int LIMIT = 5;

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
        for (String key : keys(article)) {
            for (Article other : byKey.getOrDefault(key, List.of())) {
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

    /** Tag and source slugs, kept apart so a tag and a source of the same name do not count as shared. */
    private static List<String> keys(Article article) {
        List<String> keys = new ArrayList<>();
        article.tags().stream().map(t -> "tag:" + Groups.slug(t)).distinct().forEach(keys::add);
        article.attributions().stream().map(s -> "sumber:" + Groups.slug(s)).distinct().forEach(keys::add);
        return keys;
    }
}
