package id.warta.site;

import java.time.ZoneId;
import java.util.List;

/**
 * Site-wide settings, from {@code content/site.yaml} and the command line.
 *
 * @param title the site's name, shown in every header
 * @param description one line about the site
 * @param baseUrl absolute URL the site is published under, ending in {@code /}, or null for relative links only
 * @param language BCP 47 language of the site's own words
 * @param timezone zone for showing dates and for archive months
 * @param wordsPerMinute reading speed for "menit baca"
 * @param publisherName the publishing organisation, for structured data and the Google News sitemap
 * @param publisherLogo the publisher's logo: an http(s) URL or a site-relative path, or null
 * @param perPage articles on one listing page
 * @param feedSize articles in one feed
 * @param permalink where an article goes: {@code {slug}} or {@code {year}/{month}/{slug}}
 * @param socialCards whether articles without an image get a generated social card (only with a base URL)
 * @param sections the sections (rubrik) in the order the masthead shows them; others follow by size, then name
 * @param entityThreshold how many articles must name a person, institution or place before it gets a page
 */
public record SiteConfig(String title, String description, String baseUrl, String language, ZoneId timezone,
                         int wordsPerMinute, String publisherName, String publisherLogo, int perPage, int feedSize,
                         String permalink, boolean socialCards, List<String> sections, int entityThreshold) {

    /** Topic pages for every person, institution and place named at least once, as a small site wants. */
    public static final int DEFAULT_ENTITY_THRESHOLD = 1;

    /** The settings before topic pages had a threshold: every entity named once gets its page. */
    public SiteConfig(String title, String description, String baseUrl, String language, ZoneId timezone,
                      int wordsPerMinute, String publisherName, String publisherLogo, int perPage, int feedSize,
                      String permalink, boolean socialCards, List<String> sections) {
        this(title, description, baseUrl, language, timezone, wordsPerMinute, publisherName, publisherLogo, perPage,
                feedSize, permalink, socialCards, sections, DEFAULT_ENTITY_THRESHOLD);
    }

    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    public static final String DEFAULT_PERMALINK = "{slug}";

    /** The settings before social cards could be switched off: they are on. */
    public SiteConfig(String title, String description, String baseUrl, String language, ZoneId timezone,
                      int wordsPerMinute, String publisherName, String publisherLogo, int perPage, int feedSize,
                      String permalink) {
        this(title, description, baseUrl, language, timezone, wordsPerMinute, publisherName, publisherLogo, perPage,
                feedSize, permalink, true);
    }

    /** The settings before sections could be ordered: they follow by size, then name. */
    public SiteConfig(String title, String description, String baseUrl, String language, ZoneId timezone,
                      int wordsPerMinute, String publisherName, String publisherLogo, int perPage, int feedSize,
                      String permalink, boolean socialCards) {
        this(title, description, baseUrl, language, timezone, wordsPerMinute, publisherName, publisherLogo, perPage,
                feedSize, permalink, socialCards, List.of());
    }

    public SiteConfig {
        sections = sections == null ? List.of() : List.copyOf(sections);
        if (baseUrl != null && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        if (perPage < 1 || feedSize < 1 || wordsPerMinute < 1 || entityThreshold < 1) {
            throw new IllegalArgumentException(
                    "perPage, feedSize, wordsPerMinute and entityThreshold must be positive");
        }
    }

    /** The settings of the seed site, kept for callers that only knew title, description and base URL. */
    public SiteConfig(String title, String description, String baseUrl, String language, ZoneId timezone,
                      int wordsPerMinute) {
        this(title, description, baseUrl, language, timezone, wordsPerMinute, title, null, 20, 50,
                DEFAULT_PERMALINK);
    }

    public static SiteConfig defaults() {
        return new SiteConfig("Warta", "Berita terkini dalam bahasa Indonesia", null, "id", JAKARTA, 200);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, url, language, timezone, wordsPerMinute, publisherName,
                publisherLogo, perPage, feedSize, permalink, socialCards, sections, entityThreshold);
    }

    public SiteConfig withPaging(int perPage, int feedSize) {
        return new SiteConfig(title, description, baseUrl, language, timezone, wordsPerMinute, publisherName,
                publisherLogo, perPage, feedSize, permalink, socialCards, sections, entityThreshold);
    }

    public SiteConfig withPermalink(String pattern) {
        return new SiteConfig(title, description, baseUrl, language, timezone, wordsPerMinute, publisherName,
                publisherLogo, perPage, feedSize, pattern, socialCards, sections, entityThreshold);
    }

    public SiteConfig withPublisher(String name, String logo) {
        return new SiteConfig(title, description, baseUrl, language, timezone, wordsPerMinute, name, logo, perPage,
                feedSize, permalink, socialCards, sections, entityThreshold);
    }

    public SiteConfig withSocialCards(boolean on) {
        return new SiteConfig(title, description, baseUrl, language, timezone, wordsPerMinute, publisherName,
                publisherLogo, perPage, feedSize, permalink, on, sections, entityThreshold);
    }

    /** The same settings with the masthead's sections in this order. */
    public SiteConfig withSections(List<String> order) {
        return new SiteConfig(title, description, baseUrl, language, timezone, wordsPerMinute, publisherName,
                publisherLogo, perPage, feedSize, permalink, socialCards, order,
                entityThreshold);
    }

    /** The same settings with topic pages only for entities named in at least this many articles. */
    public SiteConfig withEntityThreshold(int articles) {
        return new SiteConfig(title, description, baseUrl, language, timezone, wordsPerMinute, publisherName,
                publisherLogo, perPage, feedSize, permalink, socialCards, sections, articles);
    }

    /** Cards are made only with a base URL: link previews need the image's absolute URL. */
    public boolean makesSocialCards() {
        return socialCards && hasBaseUrl();
    }

    public boolean hasBaseUrl() {
        return baseUrl != null;
    }

    /** {@code id_ID} for Open Graph from {@code id}. */
    public String ogLocale() {
        String[] parts = language.split("[-_]");
        String lang = parts[0].toLowerCase(java.util.Locale.ROOT);
        String region = parts.length > 1 ? parts[1].toUpperCase(java.util.Locale.ROOT)
                : lang.equals("id") ? "ID" : lang.toUpperCase(java.util.Locale.ROOT);
        return lang + "_" + region;
    }
}
