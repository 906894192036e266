package id.warta.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Where the article text sits in a page: the outlets' known containers, else the densest block of paragraphs. */
final class ArticleContainers {
    /** Known containers, most specific first; a page can hold several (Liputan6 splits an article into pages). */
    private static final List<String> KNOWN = List.of(
            "div.read__content",                       // Kompas
            "div.detail__body-text",                   // detik
            "div.side-article.txt-article",            // Tribun
            "div.article-content-body__item-content",  // Liputan6
            "div.detail-text",                         // CNN Indonesia
            "div.post-content",                        // Antara
            "div.detail-konten",                       // Tempo
            "div.entry-content",                       // WordPress
            "[itemprop=articleBody]",
            "article");

    private ArticleContainers() {
    }

    /** The containers of the article, outermost only, in page order; empty when the page has no paragraphs. */
    static List<Element> find(Document page) {
        for (String selector : KNOWN) {
            List<Element> found = outermost(page.select(selector));
            if (found.stream().anyMatch(e -> !e.text().isBlank())) {
                return found;
            }
        }
        Element densest = densestParagraphBlock(page);
        return densest == null ? List.of() : List.of(densest);
    }

    private static List<Element> outermost(List<Element> elements) {
        List<Element> outer = new ArrayList<>();
        for (Element element : elements) {
            if (outer.stream().noneMatch(o -> element.parents().contains(o))) {
                outer.add(element);
            }
        }
        return outer;
    }

    /** The element whose own {@code <p>} children hold the most text, skipping furniture such as comments. */
    private static Element densestParagraphBlock(Document page) {
        Map<Element, Integer> textByParent = new HashMap<>();
        Element best = null;
        int bestLength = 0;
        for (Element paragraph : page.select("p")) {
            Element parent = paragraph.parent();
            if (parent == null || Noise.isNoise(paragraph) || paragraph.parents().stream().anyMatch(Noise::isNoise)) {
                continue;
            }
            int length = textByParent.merge(parent, paragraph.text().length(), Integer::sum);
            if (length > bestLength) {
                best = parent;
                bestLength = length;
            }
        }
        return best;
    }
}
