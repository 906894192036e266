package id.warta.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.warta.content.SourceFile;
import id.warta.model.Article;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture re-emitted the ways files arrive in the wild must parse to the same model, and every line of every
 * fixture and variant must be accounted for exactly once.
 */
class VariantTest {

    /** One way of re-emitting a file. */
    enum Variant {
        CRLF(text -> text.replace("\n", "\r\n")),
        CURLY_QUOTES(text -> VariantTest.bodyLines(text, VariantTest::curlyQuotes)),
        EN_DASH_DATELINE(text -> VariantTest.onDatelineSeparator(text, "–")),
        EM_DASH_DATELINE(text -> VariantTest.onDatelineSeparator(text, "—")),
        SPACED_DATELINE(text -> VariantTest.onDatelineSeparator(text, "  -  ")),
        NBSP_DATELINE(text -> VariantTest.onDatelineSeparator(text, " -&nbsp;")),
        TRAILING_SPACES(text -> VariantTest.bodyLines(text, line -> line.isEmpty() ? line : " " + line + " \t"));

        final UnaryOperator<String> change;

        Variant(UnaryOperator<String> change) {
            this.change = change;
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String name : Fixtures.names()) {
            for (Variant v : Variant.values()) {
                cases.add(Arguments.of(name, v));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void variantParsesToTheSameModel(String name, Variant variant) {
        String text = Fixtures.input(name).replace("\r\n", "\n");
        String original = dump(name, Fixtures.source(name, text));
        SourceFile changed = Fixtures.source(name, variant.change.apply(text));
        assertEquals(normalise(original), normalise(dump(name, changed)), name + " " + variant);
    }

    @Test
    void byteOrderMarkIsInvisible() {
        for (String name : Fixtures.names()) {
            String text = Fixtures.input(name);
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            byte[] withBom = new byte[body.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(body, 0, withBom, 3, body.length);
            SourceFile bom = Fixtures.sourceFromBytes(name, withBom);
            assertEquals(dump(name, Fixtures.source(name, text)), dump(name, bom), name);
            Conservation.check(bom, new ArticleParser().run(bom));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void everyLineIsAccountedForOnce(String name, Variant variant) {
        String text = Fixtures.input(name).replace("\r\n", "\n");
        for (String t : List.of(text, variant.change.apply(text))) {
            SourceFile file = Fixtures.source(name, t);
            Conservation.check(file, new ArticleParser().run(file));
        }
    }

    private static String dump(String name, SourceFile file) {
        Article article = new ArticleParser().run(file).article();
        return ArticleDump.render(article);
    }

    /** Quote characters are the one thing a variant may change on purpose. */
    private static String normalise(String dump) {
        return dump.replaceAll("[“”„]", "\"");
    }

    private static String curlyQuotes(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            boolean open = true;
            StringBuilder l = new StringBuilder();
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    l.append(open ? '“' : '”');
                    open = !open;
                } else {
                    l.append(c);
                }
            }
            out.append(l).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /** Replaces the dash of a {@code Place - } or {@code OUTLET - } dateline in the first body line that has one. */
    static String onDatelineSeparator(String text, String separator) {
        String[] lines = text.split("\n", -1);
        for (int i = bodyStart(lines); i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            DatelineRule.Found found = DatelineRule.find(lines[i]);
            if (found != null && !found.rest().isEmpty()) {
                String line = lines[i];
                int restAt = line.lastIndexOf(found.rest());
                String prefix = restAt > 0 ? line.substring(0, restAt) : "";
                if (prefix.matches(".*\\S\\s*(?:-|--|–)\\s*(?:&nbsp;)?")) {
                    String head = prefix.replaceAll("\\s*(?:-|--|–)\\s*(?:&nbsp;)?$", "");
                    lines[i] = head + (separator.startsWith(" ") || separator.endsWith(" ") ? separator
                            : " " + separator + " ") + found.rest();
                }
            }
            break;
        }
        return String.join("\n", lines);
    }

    private static String bodyLines(String text, UnaryOperator<String> change) {
        String[] lines = text.split("\n", -1);
        for (int i = bodyStart(lines); i < lines.length; i++) {
            lines[i] = change.apply(lines[i]);
        }
        return String.join("\n", lines);
    }

    /** The index of the first line after the front matter (0 when there is none). */
    private static int bodyStart(String[] lines) {
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first < lines.length && lines[first].strip().equals("---")) {
            for (int i = first + 1; i < lines.length; i++) {
                if (lines[i].strip().equals("---")) {
                    return i + 1;
                }
            }
        }
        return 0;
    }
}
