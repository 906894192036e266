package id.warta.site;

import id.warta.model.Article;
import java.util.List;

/**
 * Articles that share a tag, a source or a month, newest first.
 *
 * @param slug the URL name: lower-case ASCII and hyphens, or {@code yyyy/mm} for a month
 * @param name the name as shown
 * @param articles the articles, newest first
 */
record Group(String slug, String name, List<Article> articles) {

    Group {
        articles = List.copyOf(articles);
    }
}
