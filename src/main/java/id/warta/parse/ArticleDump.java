package id.warta.parse;

import id.warta.model.Article;

/** A readable, line-oriented text form of a parsed article; used by {@code warta parse} and by fixture tests. */
public final class ArticleDump {

    private ArticleDump() {
    }

    public static String render(Article article) {
        return "headline: " + article.headline() + "\n";
    }
}
