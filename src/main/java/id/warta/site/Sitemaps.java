package id.warta.site;

import id.warta.model.Article;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** sitemap.xml (an index past 50,000 URLs), the Google News sitemap, and robots.txt naming them. */
final class Sitemaps {
    /** The sitemaps.org limit of URLs in one file. */
    static final int MAX_URLS = 50_000;
    /** Google News takes articles of the last two days, at most 1,000 of them. */
    static final Duration NEWS_WINDOW = Duration.ofDays(2);
    static final int MAX_NEWS = 1_000;

    private final SiteIndex index;
    private final int maxUrls;

    Sitemaps(SiteIndex index, int maxUrls) {
        this.index = index;
        this.maxUrls = maxUrls;
    }

    /**
     * The sitemaps and robots.txt; without a base URL only robots.txt, since sitemaps need absolute URLs.
     *
     * @param htmlPages every HTML page of the site except 404.html, in order
     */
    List<Page> pages(List<Page> htmlPages, Instant now) {
        List<Page> pages = new ArrayList<>();
        List<String> sitemapUrls = new ArrayList<>();
        if (index.config.hasBaseUrl()) {
            pages.addAll(sitemap(htmlPages));
            sitemapUrls.add(index.links.absolute("sitemap.xml"));
            NewsSitemapPage news = news(now);
            if (!news.items().isEmpty()) {
                pages.add(new Page("news-sitemap.xml", "news-sitemap.ftlx", news));
                sitemapUrls.add(index.links.absolute("news-sitemap.xml"));
            }
        }
        pages.add(new Page("robots.txt", "robots.txt.ftl", new RobotsPage(sitemapUrls)));
        return pages;
    }

    /**
     * The sitemap pages, made when rendered: 13,000 absolute URLs and dates are worked out on a rendering thread
     * instead of while the site is listed on one core. Only the number of pages decides how they are split.
     */
    private List<Page> sitemap(List<Page> htmlPages) {
        List<String> paths = htmlPages.stream().map(Page::outputPath).toList();
        if (paths.size() <= maxUrls) {
            return List.of(new Page("sitemap.xml", "sitemap.ftlx", () -> new SitemapPage(urls(paths))));
        }
        List<Page> pages = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (int start = 0, part = 1; start < paths.size(); start += maxUrls, part++) {
            String path = "sitemap-" + part + ".xml";
            List<String> partPaths = paths.subList(start, Math.min(paths.size(), start + maxUrls));
            pages.add(new Page(path, "sitemap.ftlx", () -> new SitemapPage(urls(partPaths))));
            parts.add(index.links.absolute(path));
        }
        pages.add(new Page("sitemap.xml", "sitemap-index.ftlx", new SitemapIndexPage(parts)));
        return pages;
    }

    private List<SitemapPage.Url> urls(List<String> paths) {
        // An article page's lastmod is its date; other pages have none. Asked of the index, not of the page's view,
        // so that the views of a large archive are not all made at once.
        Map<String, String> lastmods = new HashMap<>();
        for (Article article : index.ordered) {
            if (article.date() != null) {
                lastmods.put(index.path(article), IndonesianDates.iso(article.date()));
            }
        }
        List<SitemapPage.Url> urls = new ArrayList<>(paths.size());
        for (String path : paths) {
            urls.add(new SitemapPage.Url(index.links.absolute(path), lastmods.get(path)));
        }
        return urls;
    }

    /** Articles published in the two days up to "now", newest first, at most 1,000. */
    NewsSitemapPage news(Instant now) {
        Instant from = now.minus(NEWS_WINDOW);
        List<NewsSitemapPage.Item> items = index.ordered.stream()
                .filter(a -> a.date() != null)
                .filter(a -> !a.date().toInstant().isBefore(from) && !a.date().toInstant().isAfter(now))
                .limit(MAX_NEWS)
                .map(this::newsItem)
                .toList();
        return new NewsSitemapPage(index.config.publisherName(), index.config.language(), items);
    }

    private NewsSitemapPage.Item newsItem(Article article) {
        return new NewsSitemapPage.Item(index.links.absolute(index.path(article)),
                IndonesianDates.iso(article.date()), article.headline());
    }
}
