package id.warta.model;

import java.time.LocalDate;

/**
 * The outlet, place and date that open a lede, as written ({@code JAKARTA, KOMPAS.com -}); any may be absent.
 *
 * @param outlet the outlet's name as written, e.g. {@code KOMPAS.com}, or null
 * @param place the place as written, e.g. {@code JAKARTA}, or null
 * @param textDate the first full date of the lede ({@code Selasa (12/11/2024)}) when it became the article's date
 *     because the front matter has none, or null; such a date has no time of day
 */
public record Dateline(String outlet, String place, LocalDate textDate) {
    public static final Dateline NONE = new Dateline(null, null);

    public Dateline(String outlet, String place) {
        this(outlet, place, null);
    }

    /** Whether no outlet or place opens the lede (a date taken from the text is not shown as a dateline). */
    public boolean isEmpty() {
        return outlet == null && place == null;
    }

    /** The same dateline, recording that the article's date was taken from the text. */
    public Dateline withTextDate(LocalDate date) {
        return new Dateline(outlet, place, date);
    }
}
