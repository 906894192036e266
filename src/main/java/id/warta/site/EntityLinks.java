package id.warta.site;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.warta.entity.EntityKind;
import id.warta.model.Article;
import java.util.List;
import java.util.Locale;

/**
 * What an article page shows and declares of its topics: the links of "Tokoh dan lembaga dalam berita ini", and
 * schema.org {@code about} (the topics its headline names) and {@code mentions} (the others) in its JSON-LD.
 */
final class EntityLinks {
    private final SiteIndex index;
    private final EntityTopics topics;

    EntityLinks(SiteIndex index, EntityTopics topics) {
        this.index = index;
        this.topics = topics;
    }

    /** Only topics with a page are shown: a name without its page leads nowhere. */
    EntitiesView view(Article article, String pagePath) {
        return new EntitiesView(links(article, EntityKind.PERSON, pagePath),
                links(article, EntityKind.INSTITUTION, pagePath), links(article, EntityKind.PLACE, pagePath));
    }

    private List<LinkView> links(Article article, EntityKind kind, String pagePath) {
        return topics.of(article, kind).stream().filter(n -> n.path() != null)
                .map(n -> new LinkView(n.name(), index.links.relative(pagePath, n.path()))).toList();
    }

    /** Adds {@code about} and {@code mentions} to a NewsArticle node; each topic with a page names its URL. */
    void addTo(ObjectNode newsArticle, Article article, String pagePath) {
        String headline = article.headline().toLowerCase(Locale.ROOT);
        ArrayNode about = newsArticle.arrayNode();
        ArrayNode mentions = newsArticle.arrayNode();
        for (EntityKind kind : EntityKind.values()) {
            for (EntityTopics.Named named : topics.of(article, kind)) {
                ObjectNode node = (inHeadline(headline, named.name()) ? about : mentions).addObject();
                node.put("@type", kind.schemaType()).put("name", named.name());
                if (named.path() != null) {
                    String url = index.links.absolute(named.path());
                    node.put("url", url != null ? url : index.links.relative(pagePath, named.path()));
                }
            }
        }
        if (!about.isEmpty()) {
            newsArticle.set("about", about);
        }
        if (!mentions.isEmpty()) {
            newsArticle.set("mentions", mentions);
        }
    }

    /** Whether the headline names the topic, in full or by its last word ({@code Milley}). */
    private static boolean inHeadline(String headline, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String last = lower.substring(lower.lastIndexOf(' ') + 1);
        return headline.contains(lower) || last.length() > 2 && headline.matches("(?s).*\\b"
                + java.util.regex.Pattern.quote(last) + "\\b.*");
    }
}
