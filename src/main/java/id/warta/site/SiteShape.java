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

/**
 * What placing the articles works out, apart from their text: their order, page paths, the headlines read-also
 * lines resolve to, the tag, source, month, section and author groups, and related articles.
 */
final class SiteShape {
    final List<Article> ordered;
    final IdentityHashMap<Article, String> paths;
    final List<Problem> pathProblems;
    final ReadAlsoResolver resolver;
    final List<Group> tags;
    final List<Group> sources;
    final List<Group> months;
    final RelatedArticles related;
    final List<Group> sections;
    final List<Group> authors;

    private SiteShape(List<Article> ordered, IdentityHashMap<Article, String> paths, List<Problem> pathProblems,
                      ReadAlsoResolver resolver, List<Group> tags, List<Group> sources, List<Group> months,
                      RelatedArticles related, List<Group> sections, List<Group> authors) {
        this.ordered = ordered;
        this.paths = paths;
        this.pathProblems = pathProblems;
        this.resolver = resolver;
        this.tags = tags;
        this.sources = sources;
        this.months = months;
        this.related = related;
        this.sections = sections;
        this.authors = authors;
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
        ForkJoinTask<List<Group>> sections = ForkJoinTask.adapt(() -> Groups.bySection(ordered, config.sections()))
                .fork();
        ForkJoinTask<List<Group>> authors = ForkJoinTask.adapt(() -> Groups.byAuthor(ordered)).fork();
        ForkJoinTask<RelatedArticles> related = ForkJoinTask.adapt(() -> new RelatedArticles(ordered)).fork();
        List<Problem> problems = new ArrayList<>();
        IdentityHashMap<Article, String> paths = paths(config, ordered, problems);
        Map<String, String> pathByTitle = new LinkedHashMap<>();
        for (Article article : ordered) {
            pathByTitle.putIfAbsent(TitleKey.of(article.headline()), paths.get(article));
        }
        ReadAlsoResolver resolver = new ReadAlsoResolver(pathByTitle, new Links(config));
        return new SiteShape(ordered, paths, List.copyOf(problems), resolver, tags.join(), sources.join(),
                months.join(), related.join(), sections.join(), authors.join());
    }

    /** Warnings for the read-also lines of the article at {@code rank} that name no article of the site. */
    List<Problem> unresolved(int rank) {
        Article article = ordered.get(rank);
        List<Problem> problems = new ArrayList<>();
        for (Block.ReadAlso line : article.readAlso()) {
            if (line.href() == null && !resolver.resolves(line.title())) {
                problems.add(Problem.warning(article.source(), line.line(), "read-also title \""
                        + line.title() + "\" matches no article of this site; it is shown as plain text"));
            }
        }
        return problems;
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
}
