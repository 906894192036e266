package id.warta.site;

import id.warta.model.Article;
import id.warta.model.Block;
import id.warta.model.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What placing the articles works out, apart from their text: their order, page paths, the headlines read-also
 * lines resolve to, the tag, source and month groups, and related articles. It depends only on each article's
 * {@linkplain #samePlacement placement}, so after an edit that moved nothing (a body edit, the common case in the
 * preview server) it is reused with the edited articles put in place of the old ones instead of worked out again.
 */
final class SiteShape {
    /** Up to this many replaced articles are looked up in each group; more, and every group is copied. */
    private static final int FEW = 16;

    final List<Article> ordered;
    final IdentityHashMap<Article, String> paths;
    final List<Problem> pathProblems;
    final ReadAlsoResolver resolver;
    final List<Group> tags;
    final List<Group> sources;
    final List<Group> months;
    final RelatedArticles related;
    /** Per article (by rank), where its read-also lines lead and the warnings for those that lead nowhere. */
    private final AtomicReferenceArray<ReadAlsoFacts> readAlso;

    private record ReadAlsoFacts(List<String> targets, List<Problem> unresolved) { }

    private SiteShape(List<Article> ordered, IdentityHashMap<Article, String> paths, List<Problem> pathProblems,
                      ReadAlsoResolver resolver, List<Group> tags, List<Group> sources, List<Group> months,
                      RelatedArticles related, AtomicReferenceArray<ReadAlsoFacts> readAlso) {
        this.ordered = ordered;
        this.paths = paths;
        this.pathProblems = pathProblems;
        this.resolver = resolver;
        this.tags = tags;
        this.sources = sources;
        this.months = months;
        this.related = related;
        this.readAlso = readAlso;
    }

    /**
     * Works everything out from the shown articles. The groups and related rankings depend only on the order, so
     * they are made on other cores while this one works out paths and read-also resolution: each is a pure function
     * of the same immutable list, so the result does not depend on which thread made what.
     */
    static SiteShape of(SiteConfig config, List<Article> shown) {
        List<Article> ordered = shown.stream().sorted(SiteBuilder.NEWEST_FIRST).toList();
        ForkJoinTask<List<Group>> tags = ForkJoinTask.adapt(() -> Groups.byTag(ordered)).fork();
        ForkJoinTask<List<Group>> sources = ForkJoinTask.adapt(() -> Groups.bySource(ordered)).fork();
        ForkJoinTask<List<Group>> months = ForkJoinTask.adapt(() -> Groups.byMonth(ordered, config.timezone())).fork();
        ForkJoinTask<RelatedArticles> related = ForkJoinTask.adapt(() -> new RelatedArticles(ordered)).fork();
        List<Problem> problems = new ArrayList<>();
        IdentityHashMap<Article, String> paths = paths(config, ordered, problems);
        Map<String, String> pathByTitle = new LinkedHashMap<>();
        for (Article article : ordered) {
            pathByTitle.putIfAbsent(TitleKey.of(article.headline()), paths.get(article));
        }
        ReadAlsoResolver resolver = new ReadAlsoResolver(pathByTitle, new Links(config));
        return new SiteShape(ordered, paths, List.copyOf(problems), resolver, tags.join(), sources.join(),
                months.join(), related.join(), new AtomicReferenceArray<>(ordered.size()));
    }

    /**
     * Whether two versions of an article sit in the same place of the site: the same file, date, slug, headline,
     * tags and sources. Everything this class works out depends on nothing else.
     */
    static boolean samePlacement(Article a, Article b) {
        return a == b || a.source().equals(b.source()) && java.util.Objects.equals(a.date(), b.date())
                && a.slug().equals(b.slug()) && a.headline().equals(b.headline()) && a.tags().equals(b.tags())
                && a.attributions().equals(b.attributions());
    }

    /**
     * This shape with each key of {@code replaced} (an identity map) swapped for its value, which must be
     * {@linkplain #samePlacement placed the same}: the same positions, paths, groups and rankings, and read-also
     * facts worked out again only for the new versions.
     */
    @SuppressWarnings("unchecked")
    SiteShape replacing(Map<Article, Article> replaced) {
        if (replaced.isEmpty()) {
            return this;
        }
        List<Article> newOrdered = new ArrayList<>(ordered);
        IdentityHashMap<Article, String> newPaths = (IdentityHashMap<Article, String>) paths.clone();
        AtomicReferenceArray<ReadAlsoFacts> newReadAlso = new AtomicReferenceArray<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            newReadAlso.set(i, readAlso.get(i));
        }
        replaced.forEach((old, now) -> {
            int rank = related.rankOf(old);
            newOrdered.set(rank, now);
            newPaths.put(now, newPaths.remove(old));
            newReadAlso.set(rank, null);
        });
        List<Article> frozen = List.copyOf(newOrdered);
        return new SiteShape(frozen, newPaths, pathProblems, resolver, swapAll(tags, replaced),
                swapAll(sources, replaced), swapAll(months, replaced), related.withArticles(frozen, replaced),
                newReadAlso);
    }

    /** Where the article at {@code rank} leads with its read-also lines, worked out once per article. */
    List<String> readAlsoTargets(int rank, ArticleViews views) {
        return facts(rank, views).targets();
    }

    /** Warnings for the read-also lines of the article at {@code rank} that name no article of the site. */
    List<Problem> unresolved(int rank, ArticleViews views) {
        return facts(rank, views).unresolved();
    }

    /** Worked out on the rendering threads; two threads may both work out the same value, which is harmless. */
    private ReadAlsoFacts facts(int rank, ArticleViews views) {
        ReadAlsoFacts known = readAlso.get(rank);
        if (known != null) {
            return known;
        }
        Article article = ordered.get(rank);
        List<Problem> problems = new ArrayList<>();
        for (Block.ReadAlso line : article.readAlso()) {
            if (line.href() == null && !resolver.resolves(line.title())) {
                problems.add(Problem.warning(article.source(), line.line(), "read-also title \""
                        + line.title() + "\" matches no article of this site; it is shown as plain text"));
            }
        }
        ReadAlsoFacts facts = new ReadAlsoFacts(views.readAlsoTargets(article), List.copyOf(problems));
        readAlso.set(rank, facts);
        return facts;
    }

    private static IdentityHashMap<Article, String> paths(SiteConfig config, List<Article> ordered,
                                                          List<Problem> problems) {
        Permalinks permalinks = new Permalinks(config.permalink(), config.timezone());
        IdentityHashMap<Article, String> paths = new IdentityHashMap<>();
        Map<String, Article> byPath = new HashMap<>();
        for (Article article : ordered) {
            String path = permalinks.path(article);
            paths.put(article, path);
            Article earlier = byPath.putIfAbsent(path, article);
            if (earlier != null) {
                problems.add(Problem.error(article.source(), 0, "has the slug `" + article.slug() + "`, like "
                        + earlier.source() + "; give one of them a different `slug:` in its front matter"));
            } else if (Permalinks.clashesWithSitePages(path)) {
                problems.add(Problem.error(article.source(), 0, "has the slug `" + article.slug() + "`, which the"
                        + " site needs for its own pages (" + String.join(", ", Permalinks.RESERVED.stream().sorted()
                        .toList()) + "); give it a different `slug:` in its front matter"));
            }
        }
        return paths;
    }

    /**
     * The groups with the replaced articles swapped in. A group lists articles in site order, so whether it holds
     * one of a few replaced articles is a binary search by position, not a scan of every group.
     */
    private List<Group> swapAll(List<Group> groups, Map<Article, Article> replaced) {
        List<Group> swapped = new ArrayList<>(groups.size());
        if (replaced.size() > FEW) {
            for (Group group : groups) {
                List<Article> articles = new ArrayList<>(group.articles().size());
                group.articles().forEach(article -> articles.add(replaced.getOrDefault(article, article)));
                swapped.add(new Group(group.slug(), group.name(), articles));
            }
            return swapped;
        }
        for (Group group : groups) {
            List<Article> articles = group.articles();
            List<Article> changed = null;
            for (Map.Entry<Article, Article> swap : replaced.entrySet()) {
                int at = positionIn(articles, related.rankOf(swap.getKey()));
                if (at >= 0) {
                    changed = changed == null ? new ArrayList<>(articles) : changed;
                    changed.set(at, swap.getValue());
                }
            }
            swapped.add(changed == null ? group : new Group(group.slug(), group.name(), changed));
        }
        return swapped;
    }

    /** Where the article at site position {@code rank} is in a list in site order, or -1. */
    private int positionIn(List<Article> articles, int rank) {
        int low = 0;
        int high = articles.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int found = related.rankOf(articles.get(middle));
            if (found < rank) {
                low = middle + 1;
            } else if (found > rank) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -1;
    }
}
