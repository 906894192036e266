package id.warta.site;

import id.warta.model.Article;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 feeds of the newest dated articles; they need absolute URLs, so only with a
 * base URL.
 */
final class Feeds {
    static final String GENERATOR = "Warta";

    private final SiteIndex index;
    private final ArticleViews views;

    Feeds(SiteIndex index, ArticleViews views) {
        this.index = index;
        this.views = views;
    }

    /** The site's RSS, Atom and JSON feeds, of the same items. */
    List<Page> site() {
        return List.of(
                new Page("feed.xml", "rss.ftlx", () -> feed(index.config.title(), index.config.description(),
                        "index.html", "feed.xml", index.ordered)),
                new Page("atom.xml", "atom.ftlx", () -> feed(index.config.title(), index.config.description(),
                        "index.html", "atom.xml", index.ordered)),
                new Page("feed.json", "feed.ftlj", () -> feed(index.config.title(), index.config.description(),
                        "index.html", "feed.json", index.ordered)));
    }

    /** The RSS feed of one tag, beside its listing. */
    Page tag(Group tag) {
        return group("tag/" + tag.slug() + "/", tag, "Berita terbaru dengan topik " + tag.name());
    }

    /** The RSS feed of a group whose listing is in {@code folder} ({@code tokoh/mark-milley/}). */
    Page group(String folder, Group group, String description) {
        return new Page(folder + "feed.xml", "rss.ftlx", () -> feed(group.name() + " | " + index.config.title(),
                description, folder + "index.html", folder + "feed.xml", group.articles()));
    }

    private FeedPage feed(String title, String description, String pagePath, String selfPath, List<Article> all) {
        List<Article> newest = all.stream().filter(a -> a.date() != null).limit(index.config.feedSize()).toList();
        // No dated article, no build date: never a made-up one such as 1970.
        OffsetDateTime updated = newest.isEmpty() ? null : newest.get(0).date();
        List<FeedPage.Item> items = newest.stream().map(this::item).toList();
        return new FeedPage(title, description, index.config.language(), index.links.absolute(pagePath),
                index.links.absolute(selfPath), updated == null ? null : IndonesianDates.iso(updated),
                updated == null ? null : rfc822(updated), GENERATOR, items);
    }

    private FeedPage.Item item(Article article) {
        return new FeedPage.Item(article.headline(), index.links.absolute(index.path(article)),
                index.dateIso(article), rfc822(article.date()), index.description(article),
                article.author() != null ? article.author() : index.config.publisherName(), article.tags(),
                views.feedView(article));
    }

    /** RFC 822 as RSS wants it, in the site's zone: {@code Thu, 19 May 2022 14:30:00 +0700}. */
    String rfc822(OffsetDateTime date) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atZoneSameInstant(index.config.timezone()));
    }
}
