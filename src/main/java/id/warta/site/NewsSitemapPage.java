package id.warta.site;

import java.util.List;

/**
 * The model of {@code news-sitemap.ftlx} (Google News sitemap).
 *
 * @param publication the publication's name
 * @param language the publication's language ({@code id})
 * @param items articles of the last two days, newest first
 */
public record NewsSitemapPage(String publication, String language, List<Item> items) {

    /**
     * One article.
     *
     * @param loc absolute URL
     * @param date publication date, W3C datetime with offset
     * @param title the headline
     */
    public record Item(String loc, String date, String title) { }

    public NewsSitemapPage {
        items = List.copyOf(items);
    }
}
