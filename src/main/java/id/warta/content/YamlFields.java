package id.warta.content;

import id.warta.model.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A flat YAML mapping read with SnakeYAML Engine, keeping each key's line so messages can point at it.
 * Values are kept as text (no implicit timestamps); nested values are either a list of scalars or a nested mapping.
 */
public final class YamlFields {

    /**
     * One field.
     *
     * @param line 1-based line of the key in the file
     * @param text the scalar value, or null for a list or mapping
     * @param list the items of a list, empty otherwise
     * @param nested the fields of a nested mapping, or null
     */
    public record Field(int line, String text, List<String> list, YamlFields nested) { }

    /**
     * Front matter and site.yaml nest two levels at most; SnakeYAML Engine has no depth limit of its own and
     * composes nodes recursively, so 10,000 nested brackets overflowed the stack. The depth is checked first, on
     * the parser's events (read without recursion).
     */
    static final int MAX_DEPTH = 16;
    /** Aliases are never needed here; a few are allowed, but not the billion-laughs kind. */
    private static final int MAX_ALIASES = 16;

    /** Immutable, so built once: every article's front matter is read with the same settings. */
    private static final LoadSettings SETTINGS = LoadSettings.builder().setAllowDuplicateKeys(false)
            .setCodePointLimit(1_000_000).setMaxAliasesForCollections(MAX_ALIASES).build();

    private final Map<String, Field> fields;

    private YamlFields(Map<String, Field> fields) {
        this.fields = Collections.unmodifiableMap(fields);
    }

    /**
     * Parses YAML text whose first line is file line {@code firstLine}.
     *
     * @throws ContentException when the YAML is malformed or not a mapping, naming the line
     */
    public static YamlFields parse(String name, String yaml, int firstLine) throws ContentException {
        Optional<Node> root;
        try {
            checkDepth(name, yaml, firstLine);
            root = new Compose(SETTINGS).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + firstLine).orElse(firstLine);
            throw new ContentException(Problem.error(name, line,
                    "malformed YAML: " + firstSentence(e.getProblem()) + "; check the indentation and quote values"
                            + " that contain a colon"));
        } catch (YamlEngineException e) {
            throw new ContentException(Problem.error(name, firstLine, "malformed YAML: " + firstSentence(e.getMessage())));
        } catch (RuntimeException | StackOverflowError e) {
            throw new ContentException(Problem.error(name, firstLine, "malformed YAML that Warta cannot read; simplify"
                    + " the front matter to `key: value` lines"));
        }
        if (root.isEmpty()) {
            return new YamlFields(new LinkedHashMap<>());
        }
        return fromMapping(name, root.get(), firstLine);
    }

    private static void checkDepth(String name, String yaml, int firstLine) throws ContentException {
        int depth = 0;
        for (Event event : new Parse(SETTINGS).parseString(yaml)) {
            if (event instanceof CollectionStartEvent) {
                if (++depth > MAX_DEPTH) {
                    int line = event.getStartMark().map(Mark::getLine).orElse(0) + firstLine;
                    throw new ContentException(Problem.error(name, line, "YAML nested more than " + MAX_DEPTH
                            + " levels deep; front matter needs two at most, so write plain `key: value` lines"));
                }
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            }
        }
    }

    private static YamlFields fromMapping(String name, Node node, int firstLine) throws ContentException {
        if (!(node instanceof MappingNode mapping)) {
            throw new ContentException(Problem.error(name, lineOf(node, firstLine),
                    "expected `key: value` lines, found something else"));
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            int line = lineOf(tuple.getKeyNode(), firstLine);
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new ContentException(Problem.error(name, line, "a key must be plain text"));
            }
            fields.put(key.getValue(), toField(name, tuple.getValueNode(), line, firstLine));
        }
        return new YamlFields(fields);
    }

    private static Field toField(String name, Node value, int line, int firstLine) throws ContentException {
        if (value instanceof ScalarNode scalar) {
            return new Field(line, scalar.getValue(), List.of(), null);
        }
        if (value instanceof SequenceNode sequence) {
            List<String> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (!(item instanceof ScalarNode scalar)) {
                    throw new ContentException(Problem.error(name, lineOf(item, firstLine),
                            "a list item must be plain text"));
                }
                items.add(scalar.getValue());
            }
            return new Field(line, null, List.copyOf(items), null);
        }
        return new Field(line, null, List.of(), fromMapping(name, value, firstLine));
    }

    private static int lineOf(Node node, int firstLine) {
        return node.getStartMark().map(Mark::getLine).orElse(0) + firstLine;
    }

    private static String firstSentence(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    public Map<String, Field> fields() {
        return fields;
    }

    public Field get(String key) {
        return fields.get(key);
    }

    /** The scalar value of a key, or null when absent or empty. */
    public String text(String key) {
        Field field = fields.get(key);
        if (field == null || field.text() == null || field.text().isBlank()) {
            return null;
        }
        return field.text().strip();
    }
}
