package id.warta.site;

/**
 * The model of {@code cari.ftlh}, the search page; its results are made in the browser by {@code assets/cari.js}.
 *
 * @param info the layout's fields
 * @param scriptHref the search script, relative to the page
 * @param browseHrefs the tag, source and archive indexes, for the note shown without JavaScript
 */
public record SearchPage(PageInfo info, String scriptHref, java.util.List<LinkView> browseHrefs) {

    public SearchPage {
        browseHrefs = java.util.List.copyOf(browseHrefs);
    }
}
