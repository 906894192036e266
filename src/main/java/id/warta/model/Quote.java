package id.warta.model;

/**
 * Direct speech found in a paragraph.
 *
 * @param paragraph index of the paragraph holding the quote
 * @param text the quoted words without the quote marks
 * @param speaker who said it ({@code juru bicara Mark Milley}), or null when the article does not say
 * @param resolved whether the speaker was written elsewhere and resolved to this quote: {@code ujarnya}, {@code kata
 *     dia} or a quote continued from the one before stand for the person last named, whose name is kept here as
 *     written there; false when the speaker is named at the quote itself
 */
public record Quote(int paragraph, String text, String speaker, boolean resolved) {

    /** A quote whose speaker is named at the quote itself (or is unknown). */
    public Quote(int paragraph, String text, String speaker) {
        this(paragraph, text, speaker, false);
    }
}
