package id.warta.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code warta check}: lints the articles without writing the site. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks every article without writing the site: unreadable files, unknown front-matter"
                + " keys, missing dates, duplicate headlines or slugs, read-also titles that match no article,"
                + " BACA JUGA inside a paragraph, quotes without a speaker, headlines over 110 characters and"
                + " empty articles; lists the people, institutions and places named in fewer articles than"
                + " entityThreshold.",
                "Prints each problem as file:line: severity: message and exits with 1 when any is an error."},
        footer = {"", "Examples:", "  warta check", "  warta check --content arsip",
                "  warta check --strict    # warnings fail too, for CI"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-q", "--quiet"}, description = "Print errors only, and no summary.")
    private boolean quiet;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Folder of article files (default: ${DEFAULT-VALUE}).")
    private Path content;

    @Option(names = "--strict", description = "Exit with 1 on warnings too.")
    private boolean strict;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Terminal terminal = Environment.of(spec).terminal();
        ContentCheck.Result result = new ContentCheck().run(content);
        ProblemLines.print(out, result.problems(), terminal, quiet);
        if (!quiet && !result.topicsBelow().isEmpty()) {
            out.println("Named in fewer than " + result.threshold() + " articles (entityThreshold), so no page yet:");
            result.topicsBelow().forEach(line -> out.println("  " + line));
        }
        if (!quiet) {
            out.println("Checked " + result.files() + Report.plural(result.files(), " article file", " article files")
                    + ": " + result.errors() + Report.plural((int) result.errors(), " error", " errors") + ", "
                    + result.warnings() + Report.plural((int) result.warnings(), " warning", " warnings") + ".");
        }
        boolean failed = result.errors() > 0 || (strict && result.warnings() > 0);
        return failed ? ExitCodes.CONTENT_ERROR : ExitCodes.OK;
    }
}
