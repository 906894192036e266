package id.warta.site;

import java.util.List;

/**
 * The model of {@code sitemap.ftlx} (sitemaps.org 0.9).
 *
 * @param urls the pages, each with an absolute location
 */
public record SitemapPage(List<Url> urls) {

    /**
     * One page.
     *
     * @param loc absolute URL
     * @param lastmod W3C datetime of the last change, or null
     */
    public record Url(String loc, String lastmod) { }

    public SitemapPage {
        urls = List.copyOf(urls);
    }
}
