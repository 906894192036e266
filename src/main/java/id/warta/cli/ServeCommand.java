package id.warta.cli;

import id.warta.pipeline.BuildOptions;
import id.warta.pipeline.BuildResult;
import id.warta.pipeline.CacheFolder;
import id.warta.pipeline.Pipeline;
import id.warta.model.Problem;
import id.warta.serve.PreviewServer;
import id.warta.serve.Rebuilder;
import id.warta.serve.SourceWatcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code warta serve}: builds, serves the site locally, rebuilds on every save and reloads open pages. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the site into the cache folder (never into the published output folder), serves it"
                + " at http://127.0.0.1:1313/, rebuilds when a file in the content or templates folder changes,"
                + " and reloads open pages. A failed rebuild shows its errors on the page while the last good site"
                + " stays served. Ctrl-C stops."},
        footer = {"", "Examples:", "  warta serve", "  warta serve --port 8080",
                "  warta serve --no-drafts --content arsip",
                "  warta serve --bind 0.0.0.0    # let phones on the same network see the preview"})
final class ServeCommand implements Callable<Integer> {
    /** An editor's save is a burst of events within a few milliseconds; a split burst only costs a second rebuild. */
    private static final Duration DEBOUNCE = Duration.ofMillis(10);
    /** Enough unchanged rebuilds after start-up for the JIT to compile what an edit's rebuild runs. */
    private static final int WARM_UP_ROUNDS = 5;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** The preview's folder inside the cache folder. */
    static final String PREVIEW = "preview";

    @Spec
    private CommandSpec spec;

    @Mixin
    private ReportOptions report;

    @Mixin
    private SiteFolders folders;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "1313",
            description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    private String bind;

    @Option(names = "--allow-host", paramLabel = "NAME", split = ",",
            description = "Also answer requests for this host name (besides localhost, IP addresses and --bind);"
                    + " the server refuses other names, against DNS rebinding.")
    private java.util.Set<String> allowedHosts = new java.util.TreeSet<>();

    @Option(names = "--drafts", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show articles marked `draft: true` (default: on while previewing).")
    private boolean drafts;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Terminal terminal = Environment.of(spec).terminal();
        if (port < 0 || port > 65_535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        InetSocketAddress address = address();
        Path cacheDir = folders.cache();
        Path preview = cacheDir.resolve(PREVIEW);
        PreviewServer server;
        try {
            server = PreviewServer.start(preview, address, allowedHosts);
        } catch (BindException e) {
            err.println("error: cannot listen on " + bind + ":" + port + " (" + e.getMessage() + "); another"
                    + " server may be using the port: stop it or pass --port " + (port == 65_535 ? 1314 : port + 1));
            return ExitCodes.SERVE_ERROR;
        } catch (IOException e) {
            err.println("error: cannot listen on " + bind + ":" + port + " (" + e + ")");
            return ExitCodes.SERVE_ERROR;
        }
        // The preview shows drafts and has no base URL: it is never what is published, so it lives in the cache.
        Pipeline pipeline = new Pipeline(new BuildOptions(folders.content, folders.templates, preview, null, drafts),
                new CacheFolder(cacheDir), true);
        Rebuilder rebuilder = new Rebuilder(pipeline::run, server, new ConsoleListener(out, err, terminal,
                preview, report.quiet, report.verbose));
        rebuilder.rebuild();
        SourceWatcher watcher;
        try {
            watcher = new SourceWatcher(List.of(folders.content, folders.templates), DEBOUNCE, rebuilder::rebuild);
        } catch (IOException e) {
            server.close();
            err.println("error: cannot watch " + folders.content + " and " + folders.templates + " for changes (" + e
                    + ")");
            return ExitCodes.SERVE_ERROR;
        }
        // Before saying "Serving": the site is already served, and about a second here makes the first edits'
        // rebuilds fast instead of several times slower; a save meanwhile stops the warm-up and is rebuilt.
        rebuilder.warmUp(WARM_UP_ROUNDS);
        if (!address.getAddress().isLoopbackAddress()) {
            err.println("warning: --bind " + bind + " lets anyone who can reach this machine read the preview,"
                    + " drafts included; use it on trusted networks only");
        }
        out.println("Serving the preview at " + server.uri() + " with live reload; press Ctrl-C to stop.");
        out.flush();
        awaitShutdown(out, server, watcher);
        return ExitCodes.OK;
    }

    private InetSocketAddress address() {
        try {
            return new InetSocketAddress(InetAddress.getByName(bind), port);
        } catch (UnknownHostException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bind " + bind
                    + " is not an address of this machine; use 127.0.0.1 (the default) or 0.0.0.0");
        }
    }

    /** Ctrl-C runs the shutdown hook: stop watching, close the open event streams, stop the server. */
    private static void awaitShutdown(PrintWriter out, PreviewServer server, SourceWatcher watcher)
            throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                watcher.close();
            } catch (IOException e) {
                // Stopping anyway; the watch service goes with the process.
            }
            server.close();
            out.println();
            out.println("Stopped.");
            out.flush();
            stopped.countDown();
        }, "warta-serve-stop"));
        stopped.await();
    }

    /** Tells the person at the terminal how each rebuild went. */
    private record ConsoleListener(PrintWriter out, PrintWriter err, Terminal terminal, Path output,
                                   boolean quiet, boolean verbose)
            implements Rebuilder.Listener {

        @Override
        public void built(BuildResult result) {
            if (quiet) {
                return;
            }
            ProblemLines.print(err, result.warnings(), terminal, false);
            if (verbose) {
                out.println(Report.table(result, SiteInventory.of(output), output, terminal, true));
            }
            out.println(LocalTime.now().format(CLOCK) + " " + Report.summary(result, output));
            out.flush();
            err.flush();
        }

        @Override
        public void failed(List<Problem> problems) {
            ProblemLines.print(err, problems, terminal, quiet);
            err.println(LocalTime.now().format(CLOCK) + " " + terminal.style("bold,red", "Build failed;")
                    + " still serving the last good site. Fix the file and save to try again.");
            err.flush();
        }
    }
}
