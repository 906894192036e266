package id.warta.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.warta.model.Article;
import id.warta.parse.WebUrls;
import java.util.List;

/**
 * schema.org JSON-LD for an article page: a {@code NewsArticle} and, with a base URL, its {@code BreadcrumbList}.
 * Built as a Jackson tree (never by string concatenation) and escaped for the script element by {@link ScriptJson}.
 */
final class StructuredData {
    /** Google's limit for a NewsArticle headline. */
    static final int MAX_HEADLINE = 110;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SiteIndex index;
    private final EntityLinks entities;

    StructuredData(SiteIndex index) {
        this(index, null);
    }

    /** With {@code entities}, a NewsArticle names its people, institutions and places in about and mentions. */
    StructuredData(SiteIndex index, EntityLinks entities) {
        this.index = index;
        this.entities = entities;
    }

    /**
     * The page's JSON-LD, ready for {@code <script type="application/ld+json">}.
     *
     * @param crumbs the breadcrumb trail with site paths as hrefs (null for the last item)
     */
    ScriptJson forArticle(Article article, String path, List<LinkView> crumbs) {
        ObjectNode root = JSON.createObjectNode();
        root.put("@context", "https://schema.org");
        ArrayNode graph = root.putArray("@graph");
        ObjectNode news = graph.addObject().setAll(newsArticle(article, path));
        if (entities != null) {
            entities.addTo(news, article, path);
        }
        String url = index.links.absolute(path);
        if (url != null) {
            graph.add(breadcrumbs(crumbs, url));
        }
        try {
            return ScriptJson.of(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings always serialises", e);
        }
    }

    private ObjectNode newsArticle(Article article, String path) {
        SiteConfig config = index.config;
        ObjectNode node = JSON.createObjectNode();
        node.put("@type", "NewsArticle");
        node.put("headline", headline(article.headline()));
        node.put("description", index.description(article));
        if (article.date() != null) {
            node.put("datePublished", index.dateIso(article));
            node.put("dateModified", index.dateIso(article));
        }
        if (article.author() != null) {
            node.putObject("author").put("@type", "Person").put("name", article.author());
        }
        node.set("publisher", publisher(path));
        String image = index.shareImage(article);
        if (image != null) {
            node.putArray("image").add(image);
        }
        // Without a base URL the page names itself relatively; readers resolve it against the page's address.
        String url = index.links.absolute(path);
        String self = url != null ? url : index.links.relative(path, path);
        node.putObject("mainEntityOfPage").put("@type", "WebPage").put("@id", self);
        node.put("url", self);
        node.put("inLanguage", config.language());
        if (!article.tags().isEmpty()) {
            node.put("keywords", String.join(", ", article.tags()));
            node.put("articleSection", article.tags().get(0));
        }
        if (!article.attributions().isEmpty()) {
            ArrayNode basedOn = node.putArray("isBasedOn");
            ArrayNode citation = node.putArray("citation");
            for (String source : article.attributions()) {
                ObjectNode work = basedOn.addObject().put("@type", "CreativeWork");
                work.putObject("publisher").put("@type", "Organization").put("name", source);
                citation.add(source);
            }
        }
        return node;
    }

    /** Without a base URL the logo is linked relative to the page, which JSON-LD readers resolve like any link. */
    private ObjectNode publisher(String path) {
        ObjectNode publisher = JSON.createObjectNode();
        publisher.put("@type", "Organization");
        publisher.put("name", index.config.publisherName());
        String configured = index.config.publisherLogo();
        String logo = index.imageUrl(configured);
        if (logo == null && configured != null && !index.config.hasBaseUrl() && WebUrls.orNull(configured) == null) {
            logo = index.links.relative(path, configured);
        }
        if (logo != null) {
            publisher.putObject("logo").put("@type", "ImageObject").put("url", logo);
        }
        return publisher;
    }

    private ObjectNode breadcrumbs(List<LinkView> crumbs, String pageUrl) {
        ObjectNode list = JSON.createObjectNode();
        list.put("@type", "BreadcrumbList");
        ArrayNode items = list.putArray("itemListElement");
        for (int i = 0; i < crumbs.size(); i++) {
            LinkView crumb = crumbs.get(i);
            items.addObject().put("@type", "ListItem").put("position", i + 1).put("name", crumb.label())
                    .put("item", crumb.href() == null ? pageUrl : index.links.absolute(crumb.href()));
        }
        return list;
    }

    /** The headline cut at a word to at most {@value #MAX_HEADLINE} characters, ellipsis included. */
    static String headline(String headline) {
        if (headline.length() <= MAX_HEADLINE) {
            return headline;
        }
        int cut = headline.lastIndexOf(' ', MAX_HEADLINE - 1);
        String start = headline.substring(0, cut > MAX_HEADLINE / 2 ? cut : MAX_HEADLINE - 1).strip();
        return start + "…";
    }
}
