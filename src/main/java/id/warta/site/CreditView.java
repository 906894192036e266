package id.warta.site;

/**
 * One credit line under an article.
 *
 * @param label the role in Indonesian ("Penulis")
 * @param value the name or text
 * @param href a link for the value (a syndicated article's origin), or null
 */
public record CreditView(String label, String value, String href) { }
