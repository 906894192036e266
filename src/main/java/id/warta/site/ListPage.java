package id.warta.site;

import java.util.List;

/**
 * The model of a listing page ({@code index.ftlh}): the home page, a tag, a source or a month, one page of it.
 *
 * @param info the layout's fields
 * @param heading the listing's heading
 * @param items the articles of this page, newest first
 * @param pager links to the listing's other pages
 * @param feedHref the listing's own RSS feed, or null
 * @param front the home page's lead story, newest by section and editors' picks; null on every other listing
 */
public record ListPage(PageInfo info, String heading, List<TeaserView> items, PagerView pager, String feedHref,
                       FrontPage front) {

    public ListPage {
        items = List.copyOf(items);
    }

    /** A listing that is not the front page. */
    public ListPage(PageInfo info, String heading, List<TeaserView> items, PagerView pager, String feedHref) {
        this(info, heading, items, pager, feedHref, null);
    }

    ListPage withInfo(PageInfo newInfo) {
        return new ListPage(newInfo, heading, items, pager, feedHref, front);
    }

    ListPage withFront(FrontPage newFront) {
        return new ListPage(info, heading, items, pager, feedHref, newFront);
    }
}
