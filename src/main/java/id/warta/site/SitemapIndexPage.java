package id.warta.site;

import java.util.List;

/**
 * The model of {@code sitemap-index.ftlx}, used when the site has more URLs than one sitemap may hold.
 *
 * @param sitemaps absolute URLs of the part sitemaps
 */
public record SitemapIndexPage(List<String> sitemaps) {

    public SitemapIndexPage {
        sitemaps = List.copyOf(sitemaps);
    }
}
