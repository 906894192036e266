package id.warta.cli;

import id.warta.pipeline.BuildCache;
import id.warta.pipeline.BuildClock;
import id.warta.pipeline.BuildFailedException;
import id.warta.pipeline.BuildOptions;
import id.warta.pipeline.BuildResult;
import id.warta.pipeline.CacheFolder;
import id.warta.pipeline.Pipeline;
import id.warta.model.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code warta build}: content/ into site-out/. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site from the content folder into the output folder.",
        footer = {"", "Examples:", "  warta build", "  warta build --base-url https://berita.example.id/",
                "  warta build --content arsip --output public", "  warta build --quiet && echo published",
                "  NO_COLOR=1 warta build --verbose",
                "  SOURCE_DATE_EPOCH=1732156200 warta build --base-url https://berita.example.id/"})
final class BuildCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ReportOptions report;

    @Mixin
    private SiteFolders folders;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "site-out",
            description = "Folder the site is written to (default: ${DEFAULT-VALUE}).")
    private Path output;

    @Option(names = "--no-cache", description = "Build everything from scratch, neither using nor keeping the"
            + " build cache.")
    private boolean noCache;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Absolute URL the site is published under; without it every link is relative.")
    private String baseUrl;

    @Option(names = "--drafts", description = "Include articles marked `draft: true`.")
    private boolean drafts;

    @Option(names = "--future", description = "Include articles dated after \"now\".")
    private boolean future;

    @Option(names = "--now", paramLabel = "DATE",
            description = "The build's \"now\" (2024-11-21, 2024-11-21T09:30:00+07:00 or epoch seconds);"
                    + " defaults to SOURCE_DATE_EPOCH, then the clock.")
    private String now;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String url = BaseUrls.normalise(baseUrl, spec.commandLine());
        Terminal terminal = Environment.of(spec).terminal();
        Instant buildNow;
        try {
            buildNow = BuildClock.resolve(now, System.getenv("SOURCE_DATE_EPOCH"));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Progress progress = Progress.start(err, terminal, report.quiet);
        try {
            BuildCache cache = noCache ? BuildCache.NONE : new CacheFolder(folders.cache());
            BuildResult result = new Pipeline(new BuildOptions(folders.content, folders.templates, output,
                    url, drafts, future, buildNow), cache).run();
            progress.close();
            ProblemLines.print(err, result.warnings(), terminal, report.quiet);
            if (!report.quiet) {
                out.println(Report.table(result, SiteInventory.of(output), output, terminal,
                        report.verbose));
                out.println(Report.summary(result, output));
            }
            return ExitCodes.OK;
        } catch (BuildFailedException e) {
            progress.close();
            ProblemLines.print(err, e.problems(), terminal, report.quiet);
            long errors = e.problems().stream().filter(Problem::isError).count();
            err.println("Build failed with " + errors + (errors == 1 ? " error" : " errors") + "; " + output
                    + " was left as it was.");
            return switch (e.kind()) {
                case CONTENT -> ExitCodes.CONTENT_ERROR;
                case TEMPLATE -> ExitCodes.TEMPLATE_ERROR;
                case OUTPUT -> ExitCodes.OUTPUT_ERROR;
                case BUSY -> ExitCodes.OUTPUT_BUSY;
            };
        } finally {
            progress.close();
        }
    }
}
