package id.warta.importer;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.warta.content.FrontMatter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The section (rubrik) of a saved page: the breadcrumb's first step after the home page, else the outlet's URL
 * ({@code cnnindonesia.com/nasional/...}, {@code news.detik.com/berita/...}, {@code nasional.kompas.com/read/...}).
 */
final class ImportedSection {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA).build();
    /** Outlets' URL words for a section, as a reader sees it named on the site. */
    private static final Map<String, String> URL_WORDS = Map.ofEntries(
            Map.entry("berita", "Berita"), Map.entry("news", "Berita"), Map.entry("nasional", "Nasional"),
            Map.entry("ekonomi", "Ekonomi"), Map.entry("finance", "Ekonomi"), Map.entry("money", "Ekonomi"),
            Map.entry("bisnis", "Bisnis"), Map.entry("olahraga", "Olahraga"), Map.entry("sport", "Olahraga"),
            Map.entry("sports", "Olahraga"), Map.entry("bola", "Bola"), Map.entry("megapolitan", "Megapolitan"),
            Map.entry("metro", "Megapolitan"), Map.entry("internasional", "Internasional"),
            Map.entry("global", "Internasional"), Map.entry("dunia", "Internasional"),
            Map.entry("tekno", "Tekno"), Map.entry("teknologi", "Tekno"), Map.entry("inet", "Tekno"),
            Map.entry("hiburan", "Hiburan"), Map.entry("entertainment", "Hiburan"), Map.entry("hot", "Hiburan"),
            Map.entry("kesehatan", "Kesehatan"), Map.entry("health", "Kesehatan"), Map.entry("travel", "Travel"),
            Map.entry("regional", "Regional"), Map.entry("daerah", "Regional"), Map.entry("politik", "Politik"),
            Map.entry("hukum", "Hukum"), Map.entry("otomotif", "Otomotif"), Map.entry("oto", "Otomotif"));
    /** URL words that say nothing about the section: where the article sits, not what it is about. */
    private static final Set<String> NOT_SECTIONS = Set.of("www", "m", "amp", "read", "artikel", "detail", "post",
            "posts", "id", "index", "video", "foto", "baca", "content");
    private static final Set<String> HOME = Set.of("home", "beranda", "index", "halaman utama");

    private ImportedSection() {
    }

    /** The front matter with the page's section as {@code rubrik}, or as it was when the page names none. */
    static FrontMatter into(FrontMatter frontMatter, String section) {
        if (section == null || frontMatter.rubrik() != null) {
            return frontMatter;
        }
        return new FrontMatter(frontMatter.title(), frontMatter.date(), frontMatter.tags(), frontMatter.author(),
                frontMatter.slug(), frontMatter.description(), frontMatter.outlet(), frontMatter.draft(),
                frontMatter.image(), frontMatter.imageCaption(), frontMatter.keyLines(), frontMatter.links(),
                section, frontMatter.updated(), frontMatter.pilihan(), frontMatter.tokoh());
    }

    /** The page's section, or null. */
    static String of(Document page) {
        String crumb = fromJsonLd(page);
        if (crumb == null) {
            crumb = fromHtmlBreadcrumb(page);
        }
        return crumb != null ? crumb : fromUrl(pageUrl(page));
    }

    /** From the section's URL words: the first path word that names one, else the host's first label. */
    static String fromUrl(String url) {
        if (url == null) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return null;
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String[] segments = path.replaceFirst("^/", "").split("/");
        // The last segment is the article's own slug, never its section.
        for (int i = 0; i < segments.length - 1; i++) {
            String word = segments[i].toLowerCase(Locale.ROOT);
            if (URL_WORDS.containsKey(word)) {
                return URL_WORDS.get(word);
            }
            if (NOT_SECTIONS.contains(word)) {
                continue;
            }
            if (word.matches("[a-z]+(-[a-z]+)?") && word.length() <= 20) {
                return titled(word);
            }
            break; // a date, an id or a slug: what follows is the article's place, not its section
        }
        // A host's first label names a section only when it is a known section word: otherwise it is a brand.
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String[] labels = host.split("\\.");
        return labels.length >= 3 ? URL_WORDS.get(labels[0]) : null;
    }

    private static String titled(String word) {
        StringBuilder out = new StringBuilder();
        for (String part : word.split("-")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }

    private static String pageUrl(Document page) {
        for (Element element : page.select("link[rel=canonical][href], meta[property=og:url][content]")) {
            String url = element.hasAttr("href") ? element.attr("href") : element.attr("content");
            if (!url.isBlank()) {
                return url;
            }
        }
        return null;
    }

    private static String fromJsonLd(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (JacksonException e) {
                continue;
            }
            List<JsonNode> nodes = new ArrayList<>();
            if (root != null && root.isArray()) {
                root.forEach(nodes::add);
            } else if (root != null && root.has("@graph")) {
                root.get("@graph").forEach(nodes::add);
            } else if (root != null) {
                nodes.add(root);
            }
            for (JsonNode node : nodes) {
                if ("BreadcrumbList".equals(node.path("@type").asText()) && node.path("itemListElement").isArray()) {
                    List<String> names = new ArrayList<>();
                    for (JsonNode item : node.get("itemListElement")) {
                        String name = item.path("name").asText(item.path("item").path("name").asText(""));
                        names.add(name.strip());
                    }
                    String section = afterHome(names);
                    if (section != null) {
                        return section;
                    }
                }
            }
        }
        return null;
    }

    private static String fromHtmlBreadcrumb(Document page) {
        Element trail = page.selectFirst("nav[aria-label~=(?i)breadcrumb], .breadcrumb, .breadcrumbs,"
                + " [itemtype$=BreadcrumbList]");
        return trail == null ? null : afterHome(trail.select("a").eachText());
    }

    /** The first name of a trail that is not the home page, when the trail goes on past it to the article. */
    private static String afterHome(List<String> names) {
        List<String> steps = names.stream().filter(n -> !n.isEmpty()).toList();
        int first = !steps.isEmpty() && HOME.contains(steps.get(0).toLowerCase(Locale.ROOT)) ? 1 : 0;
        if (steps.size() <= first) {
            return null;
        }
        String name = steps.get(first);
        return name.length() <= 40 ? name : null;
    }
}
