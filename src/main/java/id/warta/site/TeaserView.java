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
 */
public record TeaserView(String headline, String href, String dateIso, String dateDisplay, String excerpt,
                         ImageView image) { }
