package id.warta.serve;

import id.warta.build.BuildFailedException;
import id.warta.build.BuildResult;
import id.warta.build.SourceChanges;
import id.warta.model.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs a build after each change and tells open pages: reload when the site changed, or show the errors when the
 * build failed. A failed build writes nothing, so the last good site stays served until the next good save.
 */
public final class Rebuilder {

    /** One build of the site after the given changes, normally {@code Pipeline.incremental(options)::run}. */
    @FunctionalInterface
    public interface Build {
        BuildResult run(SourceChanges changes) throws BuildFailedException;
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

    public Rebuilder(Build build, PreviewServer server, Listener listener) {
        this.build = build;
        this.server = server;
        this.listener = listener;
    }

    /** Builds once, looking at every file; true when the build succeeded. */
    public boolean rebuild() {
        return rebuild(SourceChanges.unknown());
    }

    /** Builds once after the given changes; true when the build succeeded. Serialised: never two builds at once. */
    public synchronized boolean rebuild(SourceChanges changes) {
        List<Problem> problems;
        try {
            BuildResult result = build.run(changes);
            boolean changed = result.written() + result.deleted() > 0 || failing;
            failing = false;
            if (changed) {
                server.siteChanged();
            }
            listener.built(result);
            return true;
        } catch (BuildFailedException e) {
            problems = e.problems();
        } catch (RuntimeException e) {
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
