package id.warta.site;

import java.util.List;

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
 * @param nav the main navigation, relative to this page
 * @param rssHref link to the site's RSS feed, or null when feeds are not built
 * @param atomHref link to the site's Atom feed, or null when feeds are not built
 * @param meta Open Graph and Twitter fields
 * @param breadcrumbs the path from the home page to this page; empty on the home page
 * @param jsonLd structured data already escaped for a {@code <script>} element (see {@link ScriptJson}), or null
 * @param sections the masthead's sections (rubrik), relative to this page
 * @param pages the standalone pages (Redaksi, Pedoman Media Siber, ...) the footer links to, relative to this page
 */
public record PageInfo(String title, String description, String lang, String siteTitle, String homeHref,
                       String stylesheetHref, String canonical, List<LinkView> nav, String rssHref, String atomHref,
                       MetaView meta, List<LinkView> breadcrumbs, ScriptJson jsonLd, List<LinkView> sections,
                       List<LinkView> pages) {

    public PageInfo {
        nav = List.copyOf(nav);
        breadcrumbs = List.copyOf(breadcrumbs);
        sections = List.copyOf(sections);
        pages = List.copyOf(pages);
    }

    /** A page without sections or standalone pages to link to. */
    public PageInfo(String title, String description, String lang, String siteTitle, String homeHref,
                    String stylesheetHref, String canonical, List<LinkView> nav, String rssHref, String atomHref,
                    MetaView meta, List<LinkView> breadcrumbs, ScriptJson jsonLd) {
        this(title, description, lang, siteTitle, homeHref, stylesheetHref, canonical, nav, rssHref, atomHref, meta,
                breadcrumbs, jsonLd, List.of(), List.of());
    }

    PageInfo withJsonLd(ScriptJson json) {
        return new PageInfo(title, description, lang, siteTitle, homeHref, stylesheetHref, canonical, nav, rssHref,
                atomHref, meta, breadcrumbs, json, sections, pages);
    }
}
