package id.warta.cli;

import picocli.CommandLine.Option;

/** How much a command tells: {@code --quiet} only errors, {@code --verbose} every detail. */
final class ReportOptions {

    @Option(names = {"-q", "--quiet"}, description = "Print errors only.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print more detail in the report.")
    boolean verbose;
}
