package id.warta.quality;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads a page's JSON-LD blocks with Jackson and checks the NewsArticle properties Google's news results need. */
final class JsonLdChecks {
    static final int MAX_HEADLINE = 110;
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLdChecks() {
    }

    /** Every top-level JSON-LD object of the page ({@code @graph} and arrays unwrapped); bad JSON is a problem. */
    static List<JsonNode> objects(Document page, String name, List<String> problems) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = JSON.readTree(script.data());
                JsonNode items = root.has("@graph") ? root.get("@graph") : root;
                if (items.isArray()) {
                    items.forEach(objects::add);
                } else {
                    objects.add(items);
                }
            } catch (JsonProcessingException e) {
                problems.add(name + ": JSON-LD block does not parse: " + e.getOriginalMessage());
            }
        }
        return objects;
    }

    static boolean isType(JsonNode object, String type) {
        JsonNode types = object.path("@type");
        if (types.isArray()) {
            for (JsonNode t : types) {
                if (type.equals(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return type.equals(types.asText());
    }

    /**
     * Problems of one NewsArticle object on a page that {@code hasImage} or not; the URL fields Google needs are
     * required only of a site built with {@code absoluteUrls} (a base URL).
     */
    static List<String> newsArticleProblems(JsonNode article, String name, boolean hasImage, boolean absoluteUrls) {
        List<String> problems = new ArrayList<>();
        String headline = article.path("headline").asText("");
        if (headline.isBlank()) {
            problems.add(name + ": NewsArticle has no headline");
        } else if (headline.length() > MAX_HEADLINE) {
            problems.add(name + ": NewsArticle headline has " + headline.length() + " characters, over "
                    + MAX_HEADLINE);
        }
        if (!isIsoDate(article.path("datePublished").asText(""))) {
            problems.add(name + ": NewsArticle datePublished `" + article.path("datePublished").asText("")
                    + "` is not an ISO 8601 date");
        }
        if (!hasNames(article.path("author"))) {
            problems.add(name + ": NewsArticle author has no name");
        }
        JsonNode publisher = article.path("publisher");
        if (publisher.path("name").asText("").isBlank()) {
            problems.add(name + ": NewsArticle publisher has no name");
        }
        JsonNode logo = publisher.path("logo");
        String logoUrl = logo.isTextual() ? logo.asText() : logo.path("url").asText("");
        JsonNode mainEntity = article.path("mainEntityOfPage");
        String self = mainEntity.isTextual() ? mainEntity.asText() : mainEntity.path("@id").asText("");
        if (absoluteUrls) {
            if (logoUrl.isBlank()) {
                problems.add(name + ": NewsArticle publisher has no logo");
            }
            if (hasImage && article.path("image").isMissingNode()) {
                problems.add(name + ": the page shows an image but NewsArticle has none");
            }
            if (self.isBlank()) {
                problems.add(name + ": NewsArticle has no mainEntityOfPage");
            }
        }
        // Readers of JSON-LD do not resolve relative URLs against the page: a URL field is absolute or absent.
        List<String> urls = new ArrayList<>(List.of(logoUrl, self, article.path("url").asText("")));
        article.path("image").forEach(image -> urls.add(image.isTextual() ? image.asText() : image.path("url")
                .asText("")));
        for (String url : urls) {
            if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://")) {
                problems.add(name + ": NewsArticle has the relative URL `" + url + "`; leave it out or make it"
                        + " absolute");
            }
        }
        if (!"id".equals(article.path("inLanguage").asText(""))) {
            problems.add(name + ": NewsArticle inLanguage is `" + article.path("inLanguage").asText("") + "`, not id");
        }
        return problems;
    }

    /** Problems of a BreadcrumbList: items in order, each with a name. */
    static List<String> breadcrumbProblems(JsonNode list, String name) {
        List<String> problems = new ArrayList<>();
        JsonNode items = list.path("itemListElement");
        if (!items.isArray() || items.isEmpty()) {
            problems.add(name + ": BreadcrumbList has no itemListElement");
            return problems;
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (item.path("position").asInt(-1) != i + 1) {
                problems.add(name + ": BreadcrumbList item " + (i + 1) + " has position " + item.path("position"));
            }
            String itemName = item.path("name").asText(item.path("item").path("name").asText(""));
            if (itemName.isBlank()) {
                problems.add(name + ": BreadcrumbList item " + (i + 1) + " has no name");
            }
        }
        return problems;
    }

    private static boolean hasNames(JsonNode people) {
        if (people.isArray()) {
            if (people.isEmpty()) {
                return false;
            }
            for (JsonNode person : people) {
                if (person.path("name").asText("").isBlank()) {
                    return false;
                }
            }
            return true;
        }
        return !people.path("name").asText("").isBlank();
    }

    private static boolean isIsoDate(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            try {
                LocalDate.parse(text);
                return true;
            } catch (DateTimeParseException again) {
                return false;
            }
        }
    }
}
