package id.warta.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.warta.model.Article;
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

    /** The JSON-LD of an author's page: the author as a {@code Person}, with the page's URL when it is known. */
    ScriptJson forAuthor(String name, String authorPath) {
        ObjectNode root = JSON.createObjectNode();
        root.put("@context", "https://schema.org");
        root.setAll(person(name, authorPath));
        try {
            return ScriptJson.of(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings always serialises", e);
        }
    }

    /** A Person; its url (the author's page) only with a base URL, since JSON-LD wants absolute URLs. */
    private ObjectNode person(String name, String authorPath) {
        ObjectNode person = JSON.createObjectNode();
        person.put("@type", "Person");
        person.put("name", name);
        String url = authorPath == null ? null : index.links.absolute(authorPath);
        if (url != null) {
            person.put("url", url);
        }
        return person;
    }

    private ObjectNode newsArticle(Article article, String path) {
        SiteConfig config = index.config;
        ObjectNode node = JSON.createObjectNode();
        node.put("@type", "NewsArticle");
        node.put("headline", headline(article.headline()));
        node.put("description", index.description(article));
        if (article.date() != null) {
            node.put("datePublished", index.dateIso(article));
            node.put("dateModified", index.modifiedIso(article));
        }
        if (article.author() != null) {
            node.set("author", person(article.author(), Sections.authorPath(article)));
        }
        node.set("publisher", publisher());
        // The outlet that wrote the story (its dateline, or front matter's `outlet:`), beside the site publishing it.
        String outlet = article.dateline().outlet();
        if (outlet != null) {
            node.putObject("sourceOrganization").put("@type", "NewsMediaOrganization").put("name", outlet);
        }
        String image = index.shareImage(article);
        if (image != null) {
            node.putArray("image").add(image);
        }
        // Search engines take these fields as absolute URLs and do not resolve relative ones against the page, so
        // without a base URL they are left out rather than written wrong.
        String url = index.links.absolute(path);
        if (url != null) {
            node.putObject("mainEntityOfPage").put("@type", "WebPage").put("@id", url);
            node.put("url", url);
        }
        node.put("inLanguage", config.language());
        if (!article.tags().isEmpty()) {
            node.put("keywords", String.join(", ", article.tags()));
        }
        if (Heads.section(article) != null) {
            node.put("articleSection", Heads.section(article));
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

    /** The logo only as an absolute URL: an http(s) one, or a local one when the site has a base URL. */
    private ObjectNode publisher() {
        ObjectNode publisher = JSON.createObjectNode();
        publisher.put("@type", "Organization");
        publisher.put("name", index.config.publisherName());
        String logo = index.imageUrl(index.config.publisherLogo());
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
