package id.warta.pipeline;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What to build from where.
 *
 * @param content the content folder
 * @param templates the templates folder
 * @param output the output folder
 * @param baseUrl absolute base URL (overrides {@code baseUrl} in site.yaml), or null
 * @param drafts whether to include drafts
 * @param future whether to include articles dated after "now"
 * @param now the build's "now" ({@code --now} or {@code SOURCE_DATE_EPOCH}), or null for the clock
 */
public record BuildOptions(Path content, Path templates, Path output, String baseUrl, boolean drafts, boolean future,
                           Instant now) {

    /** Options of the seed build: no future articles, "now" from the clock. */
    public BuildOptions(Path content, Path templates, Path output, String baseUrl, boolean drafts) {
        this(content, templates, output, baseUrl, drafts, false, null);
    }

    public static BuildOptions defaults() {
        return new BuildOptions(Path.of("content"), Path.of("templates"), Path.of("site-out"), null, false);
    }
}
