package id.warta.site;

/**
 * The model of {@code article.ftlh}.
 *
 * @param info what the layout needs
 * @param article the article
 * @param share links that share the article, or null without a base URL
 */
public record ArticlePage(PageInfo info, ArticleView article, ShareLinks share) {

    /** An article page without share links. */
    public ArticlePage(PageInfo info, ArticleView article) {
        this(info, article, null);
    }
}
