package id.warta.pipeline;

import java.nio.file.Path;
import java.util.Set;

/**
 * What changed in the source folders since the last build, as a file watcher saw it: the paths of the files
 * created, modified or deleted, or "unknown" when the watcher cannot tell (it lost events, a folder appeared or
 * vanished, or it has just started). A rebuild told the paths re-reads only those files instead of listing the
 * whole content folder; "unknown" always means a full listing.
 *
 * @param paths the changed paths, as the watcher named them; empty when unknown
 * @param complete whether {@code paths} names every change
 */
public record SourceChanges(Set<Path> paths, boolean complete) {

    private static final SourceChanges UNKNOWN = new SourceChanges(Set.of(), false);

    public SourceChanges {
        paths = complete ? Set.copyOf(paths) : Set.of();
    }

    /** Anything may have changed: list and check every file. */
    public static SourceChanges unknown() {
        return UNKNOWN;
    }

    /** Exactly these paths changed. */
    public static SourceChanges of(Set<Path> paths) {
        return new SourceChanges(paths, true);
    }
}
