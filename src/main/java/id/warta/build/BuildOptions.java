package id.warta.build;

import java.nio.file.Path;

/**
 * What to build from where.
 *
 * @param content the content folder
 * @param templates the templates folder
 * @param output the output folder
 * @param baseUrl absolute base URL, or null for relative links only
 * @param drafts whether to include drafts
 */
public record BuildOptions(Path content, Path templates, Path output, String baseUrl, boolean drafts) {

    public static BuildOptions defaults() {
        return new BuildOptions(Path.of("content"), Path.of("templates"), Path.of("site-out"), null, false);
    }
}
