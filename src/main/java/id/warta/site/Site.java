package id.warta.site;

import id.warta.model.Problem;
import java.util.List;

/**
 * Everything to render, and what building it noticed.
 *
 * @param pages the pages, in a stable order
 * @param files the generated files no template renders, in a stable order
 * @param articleCount how many articles the site shows
 * @param problems warnings and errors found while building (duplicate slugs, unresolved read-also titles)
 */
public record Site(List<Page> pages, List<SiteFile> files, int articleCount, List<Problem> problems) {

    public Site {
        pages = List.copyOf(pages);
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /** A site of pages only. */
    public Site(List<Page> pages, int articleCount, List<Problem> problems) {
        this(pages, List.of(), articleCount, problems);
    }
}
