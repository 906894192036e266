package id.warta.site;

/**
 * What the layout needs on every page.
 *
 * @param title the page's title (without the site name)
 * @param description meta description
 * @param lang the site's language
 * @param siteTitle the site's name
 * @param homeHref link to the home page
 * @param stylesheetHref link to the stylesheet
 * @param canonical absolute URL of this page, or null without a base URL
 */
public record PageInfo(String title, String description, String lang, String siteTitle, String homeHref,
                       String stylesheetHref, String canonical) { }
