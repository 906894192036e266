package id.warta.site;

import java.time.ZoneId;

/**
 * Site-wide settings.
 *
 * @param title the site's name, shown in every header
 * @param description one line about the site
 * @param baseUrl absolute URL the site is published under, ending in {@code /}, or null for relative links only
 * @param language BCP 47 language of the site's own words
 * @param timezone zone for showing dates
 * @param wordsPerMinute reading speed for "menit baca"
 */
public record SiteConfig(String title, String description, String baseUrl, String language, ZoneId timezone,
                         int wordsPerMinute) {

    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    public SiteConfig {
        if (baseUrl != null && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
    }

    public static SiteConfig defaults() {
        return new SiteConfig("Warta", "Berita terkini dalam bahasa Indonesia", null, "id", JAKARTA, 200);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, url, language, timezone, wordsPerMinute);
    }

    public boolean hasBaseUrl() {
        return baseUrl != null;
    }
}
