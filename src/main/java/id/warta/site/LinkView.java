package id.warta.site;

/**
 * A labelled link.
 *
 * @param label what the link says
 * @param href where it goes, relative to the page showing it; null for the current page (a breadcrumb's last item)
 */
public record LinkView(String label, String href) { }
