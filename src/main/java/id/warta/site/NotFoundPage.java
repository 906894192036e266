package id.warta.site;

/**
 * The model of {@code 404.ftlh}.
 *
 * @param info the layout's fields; its stylesheet link is null when the style is inlined
 * @param inlineStyle whether the page carries the theme's stylesheet itself: without a base URL no link to it works
 *     from every path the page is served at
 */
public record NotFoundPage(PageInfo info, boolean inlineStyle) { }
