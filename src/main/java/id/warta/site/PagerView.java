package id.warta.site;

import java.util.List;

/**
 * Pagination of a listing.
 *
 * @param current 1-based number of this page
 * @param total number of pages, at least 1
 * @param prevHref the newer page, or null on the first
 * @param nextHref the older page, or null on the last
 * @param pages numbered links around the current page, with gaps
 */
public record PagerView(int current, int total, String prevHref, String nextHref, List<PageNumber> pages) {

    /**
     * One item of the page-number row.
     *
     * @param number the page number, or 0 for a gap ("…")
     * @param href link to that page, null for the current page and gaps
     * @param current whether it is this page
     */
    public record PageNumber(int number, String href, boolean current) {
        public boolean gap() {
            return number == 0;
        }
    }

    public PagerView {
        pages = List.copyOf(pages);
    }

    /** Whether there is more than one page, so the template shows the pager at all. */
    public boolean needed() {
        return total > 1;
    }
}
