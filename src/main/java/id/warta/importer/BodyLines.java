package id.warta.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Flattens an article container into plain-text lines, one per paragraph, in reading order: block elements and
 * {@code <br>} end a line, inline markup is reduced to its text, furniture is skipped, and each read-also box
 * becomes {@code Baca juga: <title>} lines whose links are collected.
 */
final class BodyLines {
    /** A body line and the page line it starts on; {@code readAlso} marks lines made from a box. */
    record Line(String text, int number, boolean readAlso) { }

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h2", "h3", "h4", "h5",
            "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr",
            "td", "th", "caption", "hr", "center", "address", "details", "summary");

    private final List<Line> lines = new ArrayList<>();
    private final Map<String, String> links = new LinkedHashMap<>();
    private final StringBuilder current = new StringBuilder();
    private final int fallbackLine;
    private int currentLine;

    private BodyLines(int fallbackLine) {
        this.fallbackLine = fallbackLine;
    }

    /** The lines of one or more containers, in order, with the read-also links they hold. */
    static BodyLines of(List<Element> containers, int fallbackLine) {
        BodyLines body = new BodyLines(fallbackLine);
        for (Element container : containers) {
            body.children(container);
            body.flush();
        }
        return body;
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    /** Read-also title to URL, first link of a title kept, only http(s) URLs. */
    Map<String, String> links() {
        return links;
    }

    private void children(Element element) {
        for (Node child : element.childNodes()) {
            visit(child);
        }
    }

    private void visit(Node node) {
        if (node instanceof TextNode text) {
            if (current.length() == 0 && !text.isBlank()) {
                currentLine = lineOf(text);
            }
            current.append(text.getWholeText());
            return;
        }
        if (!(node instanceof Element element) || Noise.isNoise(element)) {
            return;
        }
        if (ReadAlsoBoxes.isBox(element)) {
            flush();
            for (ReadAlsoBoxes.Entry entry : ReadAlsoBoxes.entries(element)) {
                lines.add(new Line(entry.line(), lineOf(element), true));
                if (entry.href() != null) {
                    links.putIfAbsent(entry.title(), entry.href());
                }
            }
            return;
        }
        if (element.normalName().equals("br")) {
            flush();
            return;
        }
        boolean block = BLOCKS.contains(element.normalName());
        if (block) {
            flush();
        }
        children(element);
        if (block) {
            flush();
        }
    }

    private void flush() {
        String text = Text.normalize(current.toString());
        current.setLength(0);
        if (!text.isEmpty() && !Noise.isNoiseLine(text)) {
            lines.add(new Line(text, currentLine, false));
        }
    }

    private int lineOf(Node node) {
        int line = node.sourceRange().start().lineNumber();
        return line > 0 ? line : fallbackLine;
    }
}
