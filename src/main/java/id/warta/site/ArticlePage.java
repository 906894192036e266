package id.warta.site;

/**
 * The model of {@code article.ftlh}.
 *
 * @param info what the layout needs
 * @param article the article
 * @param share links that share the article, or null without a base URL
 * @param entities the people, institutions and places the article names that have pages
 */
public record ArticlePage(PageInfo info, ArticleView article, ShareLinks share, EntitiesView entities) {

    /** An article page without topic links. */
    public ArticlePage(PageInfo info, ArticleView article, ShareLinks share) {
        this(info, article, share, EntitiesView.NONE);
    }

    /** An article page without share links. */
    public ArticlePage(PageInfo info, ArticleView article) {
        this(info, article, null);
    }
}
