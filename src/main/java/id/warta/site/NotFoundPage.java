package id.warta.site;

/** The model of {@code 404.ftlh}. */
public record NotFoundPage(PageInfo info) { }
