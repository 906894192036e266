package id.warta.content;

import id.warta.model.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Splits the optional {@code ---} block from an article's lines and reads it. */
final class FrontMatterReader {
    private static final String FENCE = "---";

    private FrontMatterReader() {
    }

    /** The front matter and the body lines, or the lines unchanged when the file has no front matter. */
    record Split(FrontMatter frontMatter, List<SourceLine> body, List<Problem> warnings) { }

    static Split split(String name, List<SourceLine> lines) throws ContentException {
        int first = firstNonBlank(lines);
        if (first < 0 || !lines.get(first).text().strip().equals(FENCE)) {
            return new Split(FrontMatter.NONE, lines, List.of());
        }
        int close = -1;
        for (int i = first + 1; i < lines.size(); i++) {
            if (lines.get(i).text().strip().equals(FENCE)) {
                close = i;
                break;
            }
        }
        SourceLine open = lines.get(first);
        if (close < 0) {
            throw new ContentException(Problem.error(name, open.number(),
                    "front matter opened here is never closed; add a line with `---` after its last field"));
        }
        StringBuilder yaml = new StringBuilder();
        for (int i = first + 1; i < close; i++) {
            yaml.append(lines.get(i).text()).append('\n');
        }
        YamlFields fields = YamlFields.parse(name, yaml.toString(), open.number() + 1);
        List<Problem> warnings = new ArrayList<>();
        FrontMatter frontMatter = toFrontMatter(name, fields, warnings);
        return new Split(frontMatter, lines.subList(close + 1, lines.size()), warnings);
    }

    /** What a slug looks like when Warta uses it exactly as written. */
    private static final java.util.regex.Pattern PLAIN_SLUG =
            java.util.regex.Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private static int firstNonBlank(List<SourceLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static FrontMatter toFrontMatter(String name, YamlFields fields, List<Problem> warnings)
            throws ContentException {
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        for (Map.Entry<String, YamlFields.Field> entry : fields.fields().entrySet()) {
            keyLines.put(entry.getKey(), entry.getValue().line());
            if (!FrontMatter.KEYS.contains(entry.getKey())) {
                warnings.add(Problem.warning(name, entry.getValue().line(), "unknown front-matter key `"
                        + entry.getKey() + "` is ignored; known keys are " + String.join(", ", FrontMatter.KEYS)));
            }
        }
        String slug = fields.text("slug");
        if (slug != null && (!PLAIN_SLUG.matcher(slug).matches() || slug.length() > 80)) {
            // The slug is made safe (`../../x` becomes `x`): say so, since the page's address is not the one asked.
            warnings.add(Problem.warning(name, fields.get("slug").line(), "slug `" + slug + "` is not a plain URL"
                    + " name, so Warta makes one from it; write lower-case letters, digits and hyphens, such as"
                    + " `banjir-jakarta`"));
        }
        return new FrontMatter(fields.text("title"), fields.text("date"), tags(fields), fields.text("author"),
                slug, fields.text("description"), fields.text("outlet"), draft(name, fields),
                fields.text("image"), fields.text("image_caption"), keyLines, links(name, fields),
                fields.text("rubrik"), fields.text("updated"), flag(name, fields, "pilihan"), list(fields, "tokoh"));
    }

    /** {@code links:} maps a read-also title to its URL, one {@code Title: https://...} per indented line. */
    private static Map<String, String> links(String name, YamlFields fields) throws ContentException {
        YamlFields.Field field = fields.get("links");
        if (field == null || field.nested() == null && field.list().isEmpty()
                && (field.text() == null || field.text().isBlank())) {
            return Map.of();
        }
        if (field.nested() == null) {
            throw new ContentException(Problem.error(name, field.line(), "`links` must map read-also titles to URLs,"
                    + " one indented `Judul artikel: https://...` line each"));
        }
        Map<String, String> links = new LinkedHashMap<>();
        for (Map.Entry<String, YamlFields.Field> entry : field.nested().fields().entrySet()) {
            String url = entry.getValue().text();
            if (url == null) {
                throw new ContentException(Problem.error(name, entry.getValue().line(), "the link for `"
                        + entry.getKey() + "` must be a URL on the same line"));
            }
            links.put(entry.getKey().strip(), url.strip());
        }
        return links;
    }

    private static List<String> tags(YamlFields fields) {
        return list(fields, "tags");
    }

    /** A list written either as YAML items or as one comma-separated line, without blanks or repeats. */
    private static List<String> list(YamlFields fields, String key) {
        YamlFields.Field field = fields.get(key);
        if (field == null) {
            return List.of();
        }
        List<String> raw = field.text() != null ? List.of(field.text().split(",")) : field.list();
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String tag : raw) {
            if (!tag.isBlank()) {
                tags.add(tag.strip());
            }
        }
        return new ArrayList<>(tags);
    }

    private static boolean draft(String name, YamlFields fields) throws ContentException {
        return flag(name, fields, "draft");
    }

    private static boolean flag(String name, YamlFields fields, String key) throws ContentException {
        String value = fields.text(key);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "ya" -> true;
            case "false", "no", "tidak" -> false;
            default -> throw new ContentException(Problem.error(name, fields.get(key).line(),
                    "`" + key + "` must be true or false, not `" + value + "`"));
        };
    }
}
