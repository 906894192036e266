package id.warta.parse;

import id.warta.content.ContentException;
import id.warta.content.SourceFile;
import id.warta.content.SourceFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The fixture folder: {@code <name>.txt} inputs with {@code <name>.expected} dumps beside them. */
final class Fixtures {

    static final Path FOLDER = Path.of("src", "test", "resources", "parse", "fixtures");
    /** Regenerates expectations from the parser's output; never on by default. */
    static final boolean UPDATE = Boolean.getBoolean("warta.updateFixtures");

    private Fixtures() {
    }

    /** Input names (without {@code .txt}), sorted, so the parameterised tests list in a stable order. */
    static List<String> names() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String input(String name) {
        return read(FOLDER.resolve(name + ".txt"));
    }

    static Path expectedPath(String name) {
        return FOLDER.resolve(name + ".expected");
    }

    static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SourceFile source(String name, String text) {
        try {
            return SourceFiles.fromText(name + ".txt", text);
        } catch (ContentException e) {
            throw new AssertionError(name + ": fixture cannot be read: " + e.getMessage(), e);
        }
    }

    static SourceFile sourceFromBytes(String name, byte[] bytes) {
        try {
            return SourceFiles.fromBytes(name + ".txt", bytes);
        } catch (ContentException e) {
            throw new AssertionError(name + ": fixture cannot be read: " + e.getMessage(), e);
        }
    }
}
