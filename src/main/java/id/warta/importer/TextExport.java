package id.warta.importer;

import id.warta.content.FrontMatter;
import id.warta.content.SourceFile;
import id.warta.content.SourceLine;
import java.util.LinkedHashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/** Writes a source file as a Warta text article: YAML front matter (dumped, never hand-built), then one line each. */
public final class TextExport {
    /**
     * One value per line, never folded: a folded continuation line could read as the {@code ---} fence.
     */
    private static final DumpSettings YAML = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setSplitLines(false)
            .setWidth(Integer.MAX_VALUE)
            .build();

    private TextExport() {
    }

    public static String render(SourceFile file) {
        StringBuilder text = new StringBuilder("---\n");
        Map<String, Object> fields = fields(file.frontMatter());
        if (!fields.isEmpty()) {
            text.append(new Dump(YAML).dumpToString(fields));
        }
        text.append("---\n");
        for (SourceLine line : file.lines()) {
            text.append(line.text()).append('\n');
        }
        return text.toString();
    }

    private static Map<String, Object> fields(FrontMatter frontMatter) {
        Map<String, Object> fields = new LinkedHashMap<>();
        putIfPresent(fields, "title", frontMatter.title());
        putIfPresent(fields, "date", frontMatter.date());
        putIfPresent(fields, "author", frontMatter.author());
        putIfPresent(fields, "slug", frontMatter.slug());
        putIfPresent(fields, "outlet", frontMatter.outlet());
        putIfPresent(fields, "rubrik", frontMatter.rubrik());
        if (frontMatter.draft()) {
            fields.put("draft", true);
        }
        putIfPresent(fields, "description", frontMatter.description());
        if (!frontMatter.tags().isEmpty()) {
            fields.put("tags", frontMatter.tags());
        }
        putIfPresent(fields, "image", frontMatter.image());
        putIfPresent(fields, "image_caption", frontMatter.imageCaption());
        if (!frontMatter.links().isEmpty()) {
            fields.put("links", new LinkedHashMap<>(frontMatter.links()));
        }
        return fields;
    }

    private static void putIfPresent(Map<String, Object> fields, String key, String value) {
        if (value != null) {
            fields.put(key, value);
        }
    }
}
