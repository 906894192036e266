package id.warta.content;

import id.warta.model.Problem;
import java.util.List;

/**
 * An article file read and split, ready for the parser.
 *
 * @param name the file as the user named it, used in every message
 * @param frontMatter the front matter, or {@link FrontMatter#NONE}
 * @param lines the body lines after the front matter, with their file line numbers (blank ones included)
 * @param problems warnings found while reading (unknown front-matter keys and the like)
 */
public record SourceFile(String name, FrontMatter frontMatter, List<SourceLine> lines, List<Problem> problems) {

    public SourceFile {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    /** Builds a source file from plain text without front matter, numbering lines from 1; for tests and tools. */
    public static SourceFile ofText(String name, String text) {
        return new SourceFile(name, FrontMatter.NONE, TextLines.split(text, 1), List.of());
    }

    public boolean isBlank() {
        return lines.stream().allMatch(SourceLine::isBlank);
    }
}
