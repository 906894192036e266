package id.warta.site;

import java.util.List;

/**
 * The model of {@code terms.ftlh}: every tag, every source, or every archive month, with its article count.
 *
 * @param info the layout's fields
 * @param heading the page's heading
 * @param intro one sentence about the list
 * @param terms the entries
 */
public record TermsPage(PageInfo info, String heading, String intro, List<Term> terms) {

    /**
     * One entry.
     *
     * @param name the tag, source or month as shown
     * @param href its page
     * @param count how many articles it has
     */
    public record Term(String name, String href, int count) { }

    public TermsPage {
        terms = List.copyOf(terms);
    }
}
