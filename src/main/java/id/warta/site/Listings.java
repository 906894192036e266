package id.warta.site;

import id.warta.model.Article;
import java.util.ArrayList;
import java.util.List;

/** Paginated listings (home, tags, sources, months) and the pages that index tags, sources and months. */
final class Listings {
    /** Page numbers shown on either side of the current one; the first and last are always shown. */
    private static final int WINDOW = 2;

    private final SiteIndex index;
    private final Heads heads;

    Listings(SiteIndex index, Heads heads) {
        this.index = index;
        this.heads = heads;
    }

    /** The site-relative path of page {@code number} of the listing in {@code folder} ("" or {@code tag/x/}). */
    static String pagePath(String folder, int number) {
        return number == 1 ? folder + "index.html" : folder + "page/" + number + "/index.html";
    }

    /**
     * Every page of one listing.
     *
     * @param crumbs the trail above the listing, as site paths, without the listing itself
     * @param feedPath the listing's own feed, or null
     */
    List<Page> paginate(String folder, String heading, String description, List<Article> articles,
                        List<LinkView> crumbs, String feedPath) {
        int perPage = index.config.perPage();
        int total = Math.max(1, (articles.size() + perPage - 1) / perPage);
        List<Page> pages = new ArrayList<>();
        for (int number = 1; number <= total; number++) {
            String path = pagePath(folder, number);
            List<Article> slice = articles.subList((number - 1) * perPage,
                    Math.min(articles.size(), number * perPage));
            int current = number;
            pages.add(new Page(path, "index.ftlh", () -> {
                String title = current == 1 ? heading : heading + " – Halaman " + current;
                List<LinkView> trail = new ArrayList<>(crumbs);
                if (!crumbs.isEmpty()) {
                    trail.add(new LinkView(title, null));
                }
                PageInfo info = heads.page(path, title, description, trail);
                List<TeaserView> items = slice.stream().map(a -> index.teaser(a, path)).toList();
                String feedHref = feedPath == null ? null : index.links.relative(path, feedPath);
                return new ListPage(info, title, items, pager(folder, current, total, path), feedHref);
            }));
        }
        return pages;
    }

    /** An index of groups (tags, sources, months), each linking to page 1 of its listing under {@code folder}. */
    Page terms(String folder, String heading, String intro, List<Group> groups) {
        String path = folder + "index.html";
        List<TermsPage.Term> terms = groups.stream().map(g -> new TermsPage.Term(g.name(),
                index.links.relative(path, folder + g.slug() + "/index.html"), g.articles().size())).toList();
        PageInfo info = heads.page(path, heading, intro,
                List.of(new LinkView("Beranda", "index.html"), new LinkView(heading, null)));
        return new Page(path, "terms.ftlh", new TermsPage(info, heading, intro, terms));
    }

    private PagerView pager(String folder, int current, int total, String fromPath) {
        List<PagerView.PageNumber> numbers = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= total; n++) {
            if (n != 1 && n != total && Math.abs(n - current) > WINDOW) {
                continue;
            }
            if (n - last > 1) {
                numbers.add(new PagerView.PageNumber(0, null, false));
            }
            numbers.add(new PagerView.PageNumber(n, n == current ? null : link(folder, n, fromPath), n == current));
            last = n;
        }
        return new PagerView(current, total, current > 1 ? link(folder, current - 1, fromPath) : null,
                current < total ? link(folder, current + 1, fromPath) : null, numbers);
    }

    private String link(String folder, int number, String fromPath) {
        return index.links.relative(fromPath, pagePath(folder, number));
    }
}
