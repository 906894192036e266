package id.warta.site;

/**
 * Makes JSON safe inside an HTML {@code <script>} element. HTML ends a script at the first {@code </} followed by
 * {@code script}, and {@code <!--} switches the parser into a state where {@code </script>} no longer ends it; JSON
 * can say both characters another way ({@code <\/} and {@code \u003c!--}) with the same meaning, so article text can
 * never break out of the element. The template prints the result unescaped, and only that.
 */
public final class ScriptJson {

    private ScriptJson() {
    }

    /** The same JSON value with {@code <!--} and {@code </} spelled so that no HTML parser sees them. */
    public static String escape(String json) {
        return json.replace("<!--", "\\u003c!--").replace("</", "<\\/");
    }
}
