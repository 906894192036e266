package id.warta.card;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/**
 * The headline wrapped into a box at the largest size that fits: words go on a line while it stays narrower than
 * the box, a word wider than the box is broken between letters, and at the smallest size a headline that still
 * needs more lines is cut at a word and ends with an ellipsis.
 *
 * @param size the font size in pixels
 * @param lineHeight the distance between baselines
 * @param lines the lines, each as wide as the box at most
 */
public record HeadlineLayout(float size, float lineHeight, List<String> lines) {
    static final float LARGEST = 72;
    static final float SMALLEST = 40;
    static final float STEP = 4;
    static final float LEADING = 1.18f;
    private static final String ELLIPSIS = "…";
    /** Advances scale with the size (fractional metrics): words are measured once at this size. */
    private static final float REFERENCE = 100;

    public HeadlineLayout {
        lines = List.copyOf(lines);
    }

    public Font font() {
        return CardFont.bold(size);
    }

    /** The baseline of line {@code line} (from 0) in a box whose top is {@code top}. */
    public int baseline(int line, int top) {
        float ascent = font().getLineMetrics("Ág", CardFont.FRC).getAscent();
        return Math.round(top + ascent + line * lineHeight);
    }

    /** Lays out cleaned text (see {@link CardText}) in a box of the given size. */
    static HeadlineLayout fit(String text, int width, int height) {
        String[] words = text.isEmpty() ? new String[0] : text.split(" ");
        Font reference = CardFont.bold(REFERENCE);
        double[] widths = new double[words.length];
        for (int i = 0; i < words.length; i++) {
            widths[i] = width(reference, words[i]);
        }
        double space = width(reference, " ");
        for (float size = LARGEST; size >= SMALLEST; size -= STEP) {
            int maxLines = Math.max(1, (int) (height / (size * LEADING)));
            List<String> lines = wrap(words, widths, space, size / REFERENCE, size, width, maxLines + 1);
            if (lines.size() <= maxLines && allFit(lines, CardFont.bold(size), width)) {
                return new HeadlineLayout(size, size * LEADING, lines);
            }
        }
        return cut(words, widths, space, width, height);
    }

    /** The smallest size, its lines cut to what the box holds, the last ending in an ellipsis. */
    private static HeadlineLayout cut(String[] words, double[] widths, double space, int width, int height) {
        float size = SMALLEST;
        Font font = CardFont.bold(size);
        int maxLines = Math.max(1, (int) (height / (size * LEADING)));
        List<String> lines = new ArrayList<>(wrap(words, widths, space, size / REFERENCE, size, width,
                Integer.MAX_VALUE));
        if (lines.size() > maxLines) {
            lines = new ArrayList<>(lines.subList(0, maxLines));
            String last = lines.get(maxLines - 1);
            while (!last.isEmpty() && width(font, last + ELLIPSIS) > width) {
                int cut = last.lastIndexOf(' ');
                last = cut > 0 ? last.substring(0, cut) : last.substring(0, last.offsetByCodePoints(last.length(), -1));
            }
            lines.set(maxLines - 1, last.strip() + ELLIPSIS);
        }
        return new HeadlineLayout(size, size * LEADING, lines);
    }

    /** Greedy wrapping with widths scaled from the reference size; stops early past {@code limit} lines. */
    private static List<String> wrap(String[] words, double[] widths, double space, double scale, float size,
                                     int width, int limit) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double used = 0;
        for (int i = 0; i < words.length && lines.size() < limit; i++) {
            double w = widths[i] * scale;
            if (w > width) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                List<String> pieces = breakWord(words[i], CardFont.bold(size), width);
                lines.addAll(pieces.subList(0, pieces.size() - 1));
                line.append(pieces.get(pieces.size() - 1));
                used = width(CardFont.bold(size), line.toString());
                continue;
            }
            if (line.length() == 0) {
                line.append(words[i]);
                used = w;
            } else if (used + space * scale + w <= width) {
                line.append(' ').append(words[i]);
                used += space * scale + w;
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(words[i]);
                used = w;
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** A word wider than the box, in pieces that each fit, broken between code points. */
    private static List<String> breakWord(String word, Font font, int width) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int end = start;
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (end > start && width(font, word.substring(start, next)) > width) {
                pieces.add(word.substring(start, end));
                start = end;
            }
            end = next;
        }
        pieces.add(word.substring(start));
        return pieces;
    }

    /** The scaled widths are estimates: each line is measured at its real size before it is taken. */
    private static boolean allFit(List<String> lines, Font font, int width) {
        for (String line : lines) {
            if (width(font, line) > width) {
                return false;
            }
        }
        return true;
    }

    static double width(Font font, String text) {
        return font.getStringBounds(text, CardFont.FRC).getWidth();
    }
}
