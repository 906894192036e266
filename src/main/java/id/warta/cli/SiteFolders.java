package id.warta.cli;

import id.warta.pipeline.CacheFolder;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The folders every building command works with, declared once for {@code build} and {@code serve}. */
final class SiteFolders {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Folder of article files (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Folder of FreeMarker templates and assets/ (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Folder of the build cache, safe to delete (default: .warta-cache beside the content"
                    + " folder).")
    Path cacheDir;

    /** The cache folder asked for, or the default beside the content folder. */
    Path cache() {
        return cacheDir != null ? cacheDir : CacheFolder.besideContent(content);
    }
}
