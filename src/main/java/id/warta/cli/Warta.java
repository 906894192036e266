package id.warta.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code warta} command: {@code build} runs when no subcommand is named. */
@Command(name = "warta", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds a static Indonesian news site from plain-text articles.",
        subcommands = {BuildCommand.class, ServeCommand.class, NewCommand.class, CheckCommand.class,
                ParseCommand.class, ImportCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Without a subcommand, `warta` runs `warta build`.",
                "", "Examples:", "  warta new \"Banjir Rendam Jakarta Utara\" --tags banjir,jakarta",
                "  warta serve", "  warta check", "  warta build --base-url https://berita.example.id/",
                "", "Exit codes: 0 ok, 1 content errors, 2 usage, 3 template errors, 4 output folder errors,",
                "  5 preview server cannot listen, 70 bug."})
public final class Warta implements Runnable {
    private final Environment environment;

    Warta(Environment environment) {
        this.environment = environment;
    }

    Environment environment() {
        return environment;
    }

    @Override
    public void run() {
        // Only reached for `warta` alone, which run() below turns into `warta build`.
    }

    /** Runs Warta with the given streams and returns the exit code; never calls {@code System.exit}. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(Environment.PLAIN, out, err, args);
    }

    /** Runs Warta on a terminal: colour and progress when the streams allow it. */
    static int runOnTerminal(PrintWriter out, PrintWriter err, String... args) {
        return run(new Environment(Clock.systemUTC(), Terminal.detect()), out, err, args);
    }

    static int run(Environment environment, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Warta(environment));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            err.println("warta: internal error: " + e);
            return ExitCodes.INTERNAL_ERROR;
        });
        commandLine.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
        try {
            return commandLine.execute(withDefaultSubcommand(commandLine, args));
        } catch (OutOfMemoryError e) {
            return outOfMemory(err);
        }
    }

    /** A build too large for the heap the JVM was given: say how to give it more, instead of a bare trace. */
    static int outOfMemory(PrintWriter err) {
        err.println("warta: out of memory: the Java heap is full, so nothing was written. Give Warta more memory,"
                + " for example WARTA_JAVA_OPTS=-Xmx4g bin/warta build (or java -Xmx4g -jar warta.jar build).");
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }

    /**
     * {@code warta} and {@code warta --content x} mean {@code warta build ...}; a first word that is not an option is
     * left alone, so a mistyped command is reported as one instead of being taken for a build.
     */
    static String[] withDefaultSubcommand(CommandLine commandLine, String... args) {
        if (args.length > 0) {
            String first = args[0];
            boolean topLevelOption = List.of("-h", "--help", "-V", "--version").contains(first);
            if (topLevelOption || !first.startsWith("-")) {
                return args;
            }
        }
        List<String> withBuild = new ArrayList<>();
        withBuild.add("build");
        withBuild.addAll(Arrays.asList(args));
        return withBuild.toArray(String[]::new);
    }
}
