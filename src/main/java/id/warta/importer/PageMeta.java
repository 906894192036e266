package id.warta.importer;

import id.warta.parse.WebUrls;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The front-matter fields a saved page states about itself, from its meta tags, JSON-LD and visible byline.
 *
 * @param title the headline without the outlet's suffix, or null
 * @param date the publication date as the page gives it, or null
 * @param author the author, or null
 * @param tags tags in order, without duplicates
 * @param image an absolute http(s) image URL, or null
 * @param description the summary, or null
 */
record PageMeta(String title, String date, String author, List<String> tags, String image, String description) {

    /** {@code 2024/05/21 14:30:00}, as some outlets write it, is rewritten in the ISO order the parser reads. */
    private static final Pattern SLASHED_DATE =
            Pattern.compile("(\\d{4})/(\\d{2})/(\\d{2})(?:[ T](\\d{2}:\\d{2})(?::\\d{2})?)?");
    private static final Pattern BYLINE_LABEL =
            Pattern.compile("(?i)^(penulis|oleh|reporter|ditulis oleh|by)\\s*:?\\s+");

    static PageMeta of(Document page, JsonLd jsonLd) {
        return new PageMeta(Headlines.of(page), date(page, jsonLd), author(page, jsonLd), tags(page, jsonLd),
                image(page), first(meta(page, "meta[name=description]"), meta(page, "meta[property=og:description]")));
    }

    private static String date(Document page, JsonLd jsonLd) {
        String date = first(meta(page, "meta[property=article:published_time]"), Text.orNull(jsonLd.datePublished()),
                meta(page, "meta[itemprop=datePublished]"),
                meta(page, "meta[name=publishdate], meta[name=pubdate], meta[name=content_PublishedDate]"),
                attr(page, "time[datetime]", "datetime"));
        if (date == null) {
            return null;
        }
        Matcher slashed = SLASHED_DATE.matcher(date);
        if (slashed.matches()) {
            String day = slashed.group(1) + "-" + slashed.group(2) + "-" + slashed.group(3);
            return slashed.group(4) == null ? day : day + " " + slashed.group(4);
        }
        return date;
    }

    private static String author(Document page, JsonLd jsonLd) {
        String fromJsonLd = jsonLd.authors().isEmpty() ? null : String.join(", ", jsonLd.authors());
        String byline = null;
        for (Element element : page.select("[rel=author], [itemprop=author] [itemprop=name], .byline, .author,"
                + " .read__credit__item, .detail__author")) {
            byline = person(BYLINE_LABEL.matcher(Text.normalize(element.text())).replaceFirst(""));
            if (byline != null) {
                break;
            }
        }
        return first(person(meta(page, "meta[name=author]")), person(fromJsonLd), person(byline));
    }

    /** The name, or null when it names the outlet rather than a person ({@code Tribunnews.com}, {@code Tim | CNN}). */
    private static String person(String name) {
        String normalized = Text.orNull(name);
        return normalized == null || Headlines.isOutletName(normalized) ? null : normalized;
    }

    private static List<String> tags(Document page, JsonLd jsonLd) {
        List<String> raw = new ArrayList<>();
        for (Element tag : page.select("meta[property=article:tag]")) {
            raw.add(tag.attr("content"));
        }
        if (raw.isEmpty()) {
            raw.addAll(jsonLd.keywords());
        }
        if (raw.isEmpty()) {
            String keywords = first(meta(page, "meta[name=keywords]"), meta(page, "meta[name=news_keywords]"));
            if (keywords != null) {
                raw.addAll(List.of(keywords.split(",")));
            }
        }
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String tag : raw) {
            String normalized = Text.orNull(tag);
            if (normalized != null) {
                tags.add(normalized);
            }
        }
        return List.copyOf(tags);
    }

    private static String image(Document page) {
        for (Element meta : page.select("meta[property=og:image], meta[name=twitter:image]")) {
            String url = Text.orNull(meta.absUrl("content"));
            if (url == null) {
                url = Text.orNull(meta.attr("content"));
            }
            if (WebUrls.isWebUrl(url)) {
                return url;
            }
        }
        return null;
    }

    static String meta(Document page, String selector) {
        return attr(page, selector, "content");
    }

    private static String attr(Document page, String selector, String attribute) {
        for (Element element : page.select(selector)) {
            String value = Text.orNull(element.attr(attribute));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}
