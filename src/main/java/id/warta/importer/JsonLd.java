package id.warta.importer;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The news-article object of a page's JSON-LD ({@code <script type="application/ld+json">}), the most reliable
 * source of date, author and body when an outlet provides it.
 *
 * @param datePublished as written, or null
 * @param authors author names in order
 * @param keywords keywords in order
 * @param articleBody the body text (outlets put plain text, sometimes entity-escaped HTML, in it), or null
 * @param line the 1-based line of the script element in the page, for messages
 */
record JsonLd(String datePublished, List<String> authors, List<String> keywords, String articleBody, int line) {
    static final JsonLd NONE = new JsonLd(null, List.of(), List.of(), null, 0);

    /** Outlets' JSON is often sloppy: raw line breaks inside strings, trailing commas. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle", "webpage");

    /** The first article object of the page; an unreadable script is skipped, as browsers skip it. */
    static JsonLd of(Document page) {
        JsonLd fallback = NONE;
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(scriptText(script));
            } catch (JacksonException e) {
                continue;
            }
            if (root == null) {
                continue;
            }
            for (JsonNode node : objects(root)) {
                String type = text(node.get("@type"));
                if (type == null || !ARTICLE_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                JsonLd found = new JsonLd(text(node.get("datePublished")), names(node.get("author")),
                        keywords(node.get("keywords")), text(node.get("articleBody")),
                        script.sourceRange().start().lineNumber());
                if (!type.equalsIgnoreCase("webpage")) {
                    return found;
                }
                fallback = fallback == NONE ? found : fallback;
            }
        }
        return fallback;
    }

    private static String scriptText(Element script) {
        StringBuilder text = new StringBuilder();
        for (DataNode data : script.dataNodes()) {
            text.append(data.getWholeData());
        }
        return text.toString();
    }

    /** Every object in the tree, looking into arrays and {@code @graph}, in document order. */
    private static List<JsonNode> objects(JsonNode root) {
        List<JsonNode> found = new ArrayList<>();
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.add(root);
        while (!pending.isEmpty()) {
            JsonNode node = pending.removeFirst();
            if (node.isArray()) {
                node.forEach(pending::addLast);
            } else if (node.isObject()) {
                found.add(node);
                if (node.has("@graph")) {
                    pending.addLast(node.get("@graph"));
                }
            }
        }
        return found;
    }

    private static String text(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        if (!node.isValueNode() || node.asText().isBlank()) {
            return null;
        }
        return node.asText().strip();
    }

    /** {@code "author"} may be a name, an object with a name, or an array of either. */
    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node == null) {
            return names;
        }
        for (JsonNode item : node.isArray() ? node : List.of(node)) {
            String name = item.isObject() ? text(item.get("name")) : text(item);
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** {@code "keywords"} may be comma-separated text or an array. */
    private static List<String> keywords(JsonNode node) {
        List<String> keywords = new ArrayList<>();
        if (node == null) {
            return keywords;
        }
        for (JsonNode item : node.isArray() ? node : List.of(node)) {
            String text = text(item);
            if (text != null) {
                keywords.addAll(List.of(text.split(",")));
            }
        }
        return keywords;
    }
}
