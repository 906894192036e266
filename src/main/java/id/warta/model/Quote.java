package id.warta.model;

/**
 * Direct speech found in a paragraph.
 *
 * @param paragraph index of the paragraph holding the quote
 * @param text the quoted words without the quote marks
 * @param speaker who said it, as written ({@code juru bicara Mark Milley}), or null for {@code katanya} and the like
 */
public record Quote(int paragraph, String text, String speaker) { }
