package id.warta.site;

/**
 * An article as a list item.
 *
 * @param headline the headline
 * @param href link from the listing page
 * @param dateIso ISO-8601 date for {@code <time datetime>}, or null
 * @param dateDisplay Indonesian date, or null
 * @param excerpt the lede's start
 * @param image a thumbnail, or null
 * @param section the article's section (rubrik) as the kicker above the headline, linking to its page, or null
 */
public record TeaserView(String headline, String href, String dateIso, String dateDisplay, String excerpt,
                         ImageView image, LinkView section) {

    /** A teaser without a kicker. */
    public TeaserView(String headline, String href, String dateIso, String dateDisplay, String excerpt,
                      ImageView image) {
        this(headline, href, dateIso, dateDisplay, excerpt, image, null);
    }
}
