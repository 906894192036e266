package id.warta.model;

/**
 * The outlet and place that open a lede, as written ({@code JAKARTA, KOMPAS.com -}); either may be absent.
 *
 * @param outlet the outlet's name as written, e.g. {@code KOMPAS.com}, or null
 * @param place the place as written, e.g. {@code JAKARTA}, or null
 */
public record Dateline(String outlet, String place) {
    public static final Dateline NONE = new Dateline(null, null);

    public boolean isEmpty() {
        return outlet == null && place == null;
    }
}
