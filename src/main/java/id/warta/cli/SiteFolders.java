package id.warta.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The three folders every building command works with, declared once for {@code build} and {@code serve}. */
final class SiteFolders {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Folder of article files (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Folder of FreeMarker templates and assets/ (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "site-out",
            description = "Folder the site is written to (default: ${DEFAULT-VALUE}).")
    Path output;
}
