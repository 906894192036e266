package id.warta.site;

import id.warta.model.Article;
import id.warta.parse.Slugs;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Groups articles (already newest first) by tag, by attribution source, and by month. */
final class Groups {
    /**
     * Slugs of names seen, a pure memo: a site has a few hundred tags and sources, each named on thousands of
     * articles, and making a slug runs regular expressions. Bounded, for a preview server that runs for days.
     */
    private static final Map<String, String> SLUGS = new ConcurrentHashMap<>();
    private static final int MEMO_LIMIT = 100_000;

    private Groups() {
    }

    /** Tags by slug; spellings that share a slug ({@code Ekonomi}, {@code ekonomi}) are one tag named as first seen. */
    static List<Group> byTag(List<Article> ordered) {
        return byName(ordered, Article::tags);
    }

    static List<Group> bySource(List<Article> ordered) {
        return byName(ordered, Article::attributions);
    }

    /**
     * Sections (rubrik) in the masthead's order: those {@code order} names first, as named there (an unused one is
     * left out, since it has no page), then the others, larger first, then by name.
     */
    static List<Group> bySection(List<Article> ordered, List<String> order) {
        List<Group> all = new ArrayList<>(byName(ordered, Groups::sectionOf));
        Map<String, Integer> rank = new HashMap<>();
        for (String name : order) {
            rank.putIfAbsent(slug(name), rank.size());
        }
        all.sort(Comparator.comparing((Group g) -> rank.getOrDefault(g.slug(), Integer.MAX_VALUE))
                .thenComparing(g -> -g.articles().size())
                .thenComparing(Group::name));
        return all;
    }

    /** Authors by slug, as the byline names them. */
    static List<Group> byAuthor(List<Article> ordered) {
        return byName(ordered, a -> a.author() == null || slug(a.author()).isEmpty() ? List.of()
                : List.of(a.author()));
    }

    private static List<String> sectionOf(Article article) {
        String section = article.editorial().section();
        return section == null || slug(section).isEmpty() ? List.of() : List.of(section);
    }

    /** The slug of a tag or source name: lower-case ASCII words and hyphens, never a dot or a slash. */
    static String slug(String name) {
        if (SLUGS.size() > MEMO_LIMIT) {
            SLUGS.clear();
        }
        return SLUGS.computeIfAbsent(name, Slugs::fromHeadline);
    }

    /** Dated articles by month in the site's zone, newest month first; slug is {@code yyyy/mm}. */
    static List<Group> byMonth(List<Article> ordered, ZoneId zone) {
        Map<String, List<Article>> months = new TreeMap<>(Comparator.reverseOrder());
        Map<String, String> names = new LinkedHashMap<>();
        for (Article article : ordered) {
            if (article.date() == null) {
                continue;
            }
            ZonedDateTime local = article.date().atZoneSameInstant(zone);
            String key = local.getYear() + "/" + Permalinks.twoDigits(local.getMonthValue());
            months.computeIfAbsent(key, k -> new ArrayList<>()).add(article);
            names.computeIfAbsent(key, k -> IndonesianDates.monthYear(local.getYear(), local.getMonthValue()));
        }
        List<Group> groups = new ArrayList<>();
        months.forEach((key, articles) -> groups.add(new Group(key, names.get(key), articles)));
        return groups;
    }

    private static List<Group> byName(List<Article> ordered, Function<Article, List<String>> names) {
        // Hash maps while collecting, sorted by slug once at the end: a tree map compared strings for every name.
        Map<String, String> nameBySlug = new HashMap<>();
        Map<String, List<Article>> articlesBySlug = new HashMap<>();
        for (Article article : ordered) {
            for (String name : names.apply(article)) {
                String slug = slug(name);
                nameBySlug.putIfAbsent(slug, name);
                List<Article> list = articlesBySlug.computeIfAbsent(slug, k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != article) {
                    list.add(article);
                }
            }
        }
        List<Group> groups = new ArrayList<>(articlesBySlug.size());
        for (String slug : articlesBySlug.keySet().stream().sorted().toList()) {
            groups.add(new Group(slug, nameBySlug.get(slug), articlesBySlug.get(slug)));
        }
        return groups;
    }
}
