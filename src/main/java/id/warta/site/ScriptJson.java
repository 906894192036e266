package id.warta.site;

/**
 * JSON made safe inside an HTML {@code <script>} element. HTML ends a script at the first {@code </} followed by
 * {@code script}, and {@code <!--} switches the parser into a state where {@code </script>} no longer ends it; JSON
 * can say both characters another way ({@code <\/} and {@code \u003c!--}) with the same meaning, so article text can
 * never break out of the element. Being its own type, the renderer can insert it as script content without any
 * template turning escaping off.
 *
 * @param text the escaped JSON
 */
public record ScriptJson(String text) {

    /** Escapes a JSON text for a script element. */
    public static ScriptJson of(String json) {
        return new ScriptJson(escape(json));
    }

    /** The same JSON value with {@code <!--} and {@code </} spelled so that no HTML parser sees them. */
    public static String escape(String json) {
        return json.replace("<!--", "\\u003c!--").replace("</", "<\\/");
    }
}
