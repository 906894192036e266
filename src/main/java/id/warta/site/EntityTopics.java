package id.warta.site;

import id.warta.entity.ArticleEntities;
import id.warta.entity.Entity;
import id.warta.entity.EntityFinder;
import id.warta.entity.EntityKind;
import id.warta.entity.Topics;
import id.warta.model.Article;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The people, institutions and places of the shown articles: each article's entities (found once, on all cores),
 * the site's topics that join their forms, and a group of articles for each topic named in at least the threshold's
 * number of articles; the others are candidates {@code check} lists.
 */
final class EntityTopics {
    private final Map<Article, ArticleEntities> byArticle;
    private final Topics topics;
    private final Map<EntityKind, List<Group>> groups = new EnumMap<>(EntityKind.class);
    private final Map<EntityKind, List<Group>> below = new EnumMap<>(EntityKind.class);
    /** Slug of each topic key, per kind, when it has a page. */
    private final Map<EntityKind, Map<String, String>> slugs = new EnumMap<>(EntityKind.class);

    private EntityTopics(Map<Article, ArticleEntities> byArticle, Topics topics) {
        this.byArticle = byArticle;
        this.topics = topics;
    }

    /** The topics of articles already newest first. */
    static EntityTopics of(List<Article> ordered, int threshold) {
        List<ArticleEntities> found = ordered.parallelStream().map(EntityFinder::of).toList();
        Map<Article, ArticleEntities> byArticle = new IdentityHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            byArticle.put(ordered.get(i), found.get(i));
        }
        EntityTopics result = new EntityTopics(byArticle, Topics.of(found));
        for (EntityKind kind : EntityKind.values()) {
            result.group(kind, ordered, threshold);
        }
        return result;
    }

    private void group(EntityKind kind, List<Article> ordered, int threshold) {
        Map<String, String> nameBySlug = new HashMap<>();
        Map<String, List<Article>> articlesBySlug = new HashMap<>();
        Map<String, String> slugByKey = new HashMap<>();
        for (Article article : ordered) {
            for (Entity entity : byArticle.get(article).of(kind)) {
                String key = topics.key(entity);
                String slug = slugByKey.computeIfAbsent(key, Groups::slug);
                if (slug.isEmpty()) {
                    continue;
                }
                nameBySlug.putIfAbsent(slug, topics.name(entity));
                List<Article> list = articlesBySlug.computeIfAbsent(slug, k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != article) {
                    list.add(article);
                }
            }
        }
        List<Group> paged = new ArrayList<>();
        List<Group> candidates = new ArrayList<>();
        for (String slug : articlesBySlug.keySet().stream().sorted().toList()) {
            Group g = new Group(slug, nameBySlug.get(slug), articlesBySlug.get(slug));
            (g.articles().size() >= threshold ? paged : candidates).add(g);
        }
        Map<String, String> pagedSlugs = new HashMap<>();
        java.util.Set<String> pagedNames = new java.util.HashSet<>(paged.stream().map(Group::slug).toList());
        slugByKey.forEach((key, slug) -> {
            if (pagedNames.contains(slug)) {
                pagedSlugs.put(key, slug);
            }
        });
        groups.put(kind, List.copyOf(paged));
        below.put(kind, List.copyOf(candidates));
        slugs.put(kind, pagedSlugs);
    }

    /** Topics of a kind with a page, by slug. */
    List<Group> groups(EntityKind kind) {
        return groups.get(kind);
    }

    /** Topics of a kind named in fewer articles than the threshold, by slug. */
    List<Group> below(EntityKind kind) {
        return below.get(kind);
    }

    /** An article's entities with the site's names for them and the page each has (or null), each topic once. */
    List<Named> of(Article article, EntityKind kind) {
        ArticleEntities found = byArticle.get(article);
        if (found == null) {
            return List.of();
        }
        Map<String, Named> named = new LinkedHashMap<>();
        for (Entity entity : found.of(kind)) {
            String key = topics.key(entity);
            String slug = slugs.get(kind).get(key);
            named.putIfAbsent(key, new Named(kind, topics.name(entity),
                    slug == null ? null : kind.folder() + "/" + slug + "/index.html"));
        }
        return List.copyOf(named.values());
    }

    /**
     * An entity as the site shows it.
     *
     * @param path its page's site path, or null when it has none
     */
    record Named(EntityKind kind, String name, String path) { }
}
