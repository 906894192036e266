package id.warta.card;

import java.awt.Font;
import java.text.Normalizer;

/** Makes untrusted text drawable: only characters the card's font has, no controls or marks, single spaces. */
final class CardText {
    private CardText() {
    }

    /**
     * The text with control and format characters (bidirectional marks and overrides, zero-width joiners) and
     * characters the font cannot draw (emoji) left out, and every run of white space made one space.
     */
    static String clean(String text, Font font) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        boolean space = false;
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = out.length() > 0;
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE || type == Character.UNASSIGNED || !font.canDisplay(cp)) {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }
}
