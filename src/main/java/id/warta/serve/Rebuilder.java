package id.warta.serve;

import id.warta.pipeline.BuildFailedException;
import id.warta.pipeline.BuildResult;
import id.warta.model.Problem;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Runs a build after each change and tells open pages: reload when the site changed, or show the errors when the
 * build failed. A failed build writes nothing, so the last good site stays served until the next good save.
 */
public final class Rebuilder {

    /** One build of the site, normally {@code new Pipeline(options, cache)::run}: it looks at every file. */
    @FunctionalInterface
    public interface Build {
        BuildResult run() throws BuildFailedException;
    }

    /** Hears how each rebuild ended, to tell the person at the terminal. */
    public interface Listener {
        void built(BuildResult result);

        void failed(List<Problem> problems);
    }

    private final Build build;
    private final PreviewServer server;
    private final Listener listener;
    private boolean failing;
    /** Rebuilds asked for so far; a warm-up stops as soon as this moves. */
    private final AtomicInteger requests = new AtomicInteger();

    public Rebuilder(Build build, PreviewServer server, Listener listener) {
        this.build = build;
        this.server = server;
        this.listener = listener;
    }

    /** Builds once, looking at every file; true when the build succeeded. Serialised: never two builds at once. */
    public boolean rebuild() {
        requests.incrementAndGet();
        return buildAndTell();
    }

    /**
     * Rebuilds with nothing changed, up to {@code rounds} times, while nobody saves anything: a rebuild from the
     * cache runs code the first build did not (comparing page views instead of rendering them), and before the JIT
     * compiled it the first edits after start-up took several times as long. Stops at the first
     * real change, which waits at most for the round under way; tells nobody unless a round changed the site.
     */
    public void warmUp(int rounds) {
        int seen = requests.get();
        for (int i = 0; i < rounds && requests.get() == seen; i++) {
            synchronized (this) {
                if (requests.get() != seen || failing) {
                    return;
                }
                try {
                    BuildResult result = build.run();
                    if (result.written() + result.deleted() > 0) {
                        server.siteChanged();
                        listener.built(result);
                    }
                } catch (BuildFailedException | RuntimeException e) {
                    return; // the next real rebuild reports whatever is wrong
                }
            }
        }
    }

    private synchronized boolean buildAndTell() {
        List<Problem> problems;
        try {
            BuildResult result = build.run();
            boolean changed = result.written() + result.deleted() > 0 || failing;
            failing = false;
            if (changed) {
                server.siteChanged();
            }
            listener.built(result);
            return true;
        } catch (BuildFailedException e) {
            problems = e.problems();
        } catch (RuntimeException | StackOverflowError e) {
            // The watcher's thread runs this: it must survive any one bad build and show what went wrong.
            problems = List.of(Problem.error("warta", 0, "internal error while building: " + e
                    + "; please report it with this message"));
        }
        failing = true;
        server.buildFailed(pageText(problems));
        listener.failed(problems);
        return false;
    }

    /** The errors, one {@code file:line: message} per line; warnings only when there is no error to show. */
    static String pageText(List<Problem> problems) {
        List<Problem> shown = problems.stream().anyMatch(Problem::isError)
                ? problems.stream().filter(Problem::isError).toList() : problems;
        return shown.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
