package id.warta.site;

import id.warta.entity.EntityKind;
import id.warta.model.Article;
import java.util.ArrayList;
import java.util.List;

/** The people, institutions and places named in fewer articles than a site's threshold: no page for them yet. */
public final class TopicCandidates {

    private TopicCandidates() {
    }

    /**
     * One line per candidate, people first, each kind by slug: {@code tokoh/lloyd-austin: Lloyd Austin (1 article)}.
     */
    public static List<String> below(List<Article> articles, int threshold) {
        List<Article> ordered = articles.stream().sorted(SiteBuilder.NEWEST_FIRST).toList();
        EntityTopics topics = EntityTopics.of(ordered, threshold);
        List<String> lines = new ArrayList<>();
        for (EntityKind kind : EntityKind.values()) {
            for (Group group : topics.below(kind)) {
                int n = group.articles().size();
                lines.add(kind.folder() + "/" + group.slug() + ": " + group.name() + " (" + n
                        + (n == 1 ? " article)" : " articles)"));
            }
        }
        return lines;
    }
}
