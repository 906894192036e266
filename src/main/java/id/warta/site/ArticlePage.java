package id.warta.site;

/** The model of {@code article.ftlh}. */
public record ArticlePage(PageInfo info, ArticleView article) { }
