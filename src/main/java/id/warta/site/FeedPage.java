package id.warta.site;

import java.util.List;

/**
 * The model of {@code rss.ftlx} and {@code atom.ftlx}; every URL is absolute.
 *
 * @param title the feed's title
 * @param description one line about the feed
 * @param language the site's language ({@code id})
 * @param link the page the feed mirrors
 * @param self the feed's own URL
 * @param updated newest article's date, RFC 3339, for Atom; null when no article is dated
 * @param lastBuildDate the same date, RFC 822, for RSS; null when no article is dated
 * @param generator the program that made the feed
 * @param items the newest articles, newest first
 */
public record FeedPage(String title, String description, String language, String link, String self, String updated,
                       String lastBuildDate, String generator, List<Item> items) {

    /**
     * One article in a feed.
     *
     * @param title the headline
     * @param url the article's URL, which is also its stable id
     * @param published publication date, RFC 3339
     * @param pubDate publication date, RFC 822
     * @param summary the meta description
     * @param author the author, or the publisher's name
     * @param categories the tags
     * @param article the full text, links absolute
     */
    public record Item(String title, String url, String published, String pubDate, String summary, String author,
                       List<String> categories, ArticleView article) {
        public Item {
            categories = List.copyOf(categories);
        }
    }

    public FeedPage {
        items = List.copyOf(items);
    }
}
