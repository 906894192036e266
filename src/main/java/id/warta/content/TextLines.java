package id.warta.content;

import java.util.ArrayList;
import java.util.List;

/** Splits text into numbered lines, accepting LF, CRLF and lone CR endings. */
final class TextLines {

    private TextLines() {
    }

    static List<SourceLine> split(String text, int firstNumber) {
        if (text.indexOf('\r') < 0) {
            return splitAtLineFeeds(text, firstNumber);
        }
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

    /** The usual case, without a carriage return: String.indexOf finds each line end far faster than a char loop. */
    private static List<SourceLine> splitAtLineFeeds(String text, int firstNumber) {
        List<SourceLine> lines = new ArrayList<>();
        int start = 0;
        int number = firstNumber;
        int end;
        while ((end = text.indexOf('\n', start)) >= 0) {
            lines.add(new SourceLine(number++, text.substring(start, end)));
            start = end + 1;
        }
        if (start < text.length()) {
            lines.add(new SourceLine(number, text.substring(start)));
        }
        return lines;
    }
}
