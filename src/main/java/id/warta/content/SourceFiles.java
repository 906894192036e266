package id.warta.content;

import java.util.List;

/** Turns raw bytes into a {@link SourceFile}: strict UTF-8, BOM and CRLF accepted, front matter split. */
public final class SourceFiles {

    private SourceFiles() {
    }

    public static SourceFile fromBytes(String name, byte[] bytes) throws ContentException {
        return fromText(name, StrictUtf8.decode(name, bytes));
    }

    public static SourceFile fromText(String name, String text) throws ContentException {
        List<SourceLine> lines = TextLines.split(text, 1);
        FrontMatterReader.Split split = FrontMatterReader.split(name, lines);
        return new SourceFile(name, split.frontMatter(), split.body(), split.warnings());
    }
}
