package id.warta.model;

import java.time.LocalDate;

/**
 * The outlet, place and date that open a lede, as written ({@code JAKARTA, KOMPAS.com -}); any may be absent.
 *
 * @param outlet the outlet's name as written, e.g. {@code KOMPAS.com}, or the front matter's {@code outlet:} when
 *     the text names none; or null
 * @param place the place as written, e.g. {@code JAKARTA}, or null
 * @param textDate the first full date of the lede ({@code Selasa (12/11/2024)}) when it became the article's date
 *     because the front matter has none, or null; such a date has no time of day
 * @param written the dateline exactly as the text opens with it, separator included ({@code Jakarta (ANTARA) -},
 *     {@code TRIBUNNEWS.COM, SURABAYA -}), spaces made single; null when the text has none. Pages show this, so
 *     each outlet's own form survives.
 */
public record Dateline(String outlet, String place, LocalDate textDate, String written) {
    public static final Dateline NONE = new Dateline(null, null);

    public Dateline(String outlet, String place) {
        this(outlet, place, null, null);
    }

    public Dateline(String outlet, String place, LocalDate textDate) {
        this(outlet, place, textDate, null);
    }

    /** Whether no outlet or place opens the lede (a date taken from the text is not shown as a dateline). */
    public boolean isEmpty() {
        return outlet == null && place == null;
    }

    /** The same dateline, recording that the article's date was taken from the text. */
    public Dateline withTextDate(LocalDate date) {
        return new Dateline(outlet, place, date, written);
    }

    /** The same dateline naming {@code name} as its outlet when the text names none. */
    public Dateline withOutletIfNone(String name) {
        return outlet != null || name == null || name.isBlank() ? this
                : new Dateline(name.strip(), place, textDate, written);
    }
}
