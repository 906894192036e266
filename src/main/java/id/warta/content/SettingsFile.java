package id.warta.content;

import id.warta.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the optional {@code site.yaml} at the top of the content folder as text, with the same strict UTF-8 rules
 * (and messages) as article files; what its keys mean is the site's business.
 *
 * @param name how messages name the file
 * @param text its text without a byte-order mark, or null when there is no such file
 */
public record SettingsFile(String name, String text) {
    public static final String FILE_NAME = "site.yaml";

    /** The settings file of {@code contentDir}; its text is null when it does not exist. */
    public static SettingsFile read(Path contentDir) throws ContentException {
        Path file = contentDir.resolve(FILE_NAME);
        String name = displayName(file);
        if (!Files.isRegularFile(file)) {
            return new SettingsFile(name, null);
        }
        try {
            if (!file.toRealPath().startsWith(contentDir.toRealPath())) {
                // Articles that link out are refused; the settings are published just as much.
                throw new ContentException(Problem.error(name, 0, "is a link to a file outside the content"
                        + " directory; copy the settings in instead"));
            }
        } catch (IOException e) {
            throw new ContentException(Problem.error(name, 0, "cannot be resolved; it may be a broken link"));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ContentException(Problem.error(name, 0, "cannot be read (" + e.getClass().getSimpleName()
                    + "); check that it is a readable file"));
        }
        return new SettingsFile(name, StrictUtf8.decode(name, bytes));
    }

    private static String displayName(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        String shown = absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : file.toString();
        return shown.replace('\\', '/');
    }
}
