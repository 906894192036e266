package id.warta.content;

import java.util.ArrayList;
import java.util.List;

/** Splits text into numbered lines, accepting LF, CRLF and lone CR endings. */
final class TextLines {

    private TextLines() {
    }

    static List<SourceLine> split(String text, int firstNumber) {
        List<SourceLine> lines = new ArrayList<>();
        int start = 0;
        int number = firstNumber;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new SourceLine(number++, text.substring(start, i)));
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < length) {
            lines.add(new SourceLine(number, text.substring(start)));
        }
        return lines;
    }
}
