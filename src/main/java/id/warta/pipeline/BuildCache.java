package id.warta.pipeline;

import id.warta.model.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * What a build may take from earlier builds instead of doing it again. Everything in it is keyed by what it was
 * made from: a parse by a hash of the file's name and bytes (the cache itself belongs to one version of Warta's
 * code), a page by the value of the view it was rendered from. Nothing is ever skipped because it probably did not
 * change. {@link #NONE}, the one-off version, remembers nothing, and a build with it does everything.
 */
public interface BuildCache {

    /** Remembers nothing. */
    BuildCache NONE = new BuildCache() { };

    /**
     * Starts a build writing into {@code output}; {@code inputsKey} is a hash of the templates, settings and
     * options, and pages remembered under other ones are forgotten. Warnings about the cache go to
     * {@code problems}.
     */
    default void begin(Path output, String inputsKey, List<Problem> problems) {
    }

    /** The parse of the file whose name and bytes hash to {@code key}, or null. */
    default ArticleFile parsed(String key) {
        return null;
    }

    /** Keeps a parse for later builds. */
    default void keep(String key, ArticleFile file) {
    }

    /**
     * Whether the page at {@code path} was last written from an equal view with the same template and its file is
     * still there as written; when not, the caller renders it and reports {@link #written}.
     */
    default boolean unchanged(String path, String template, Object view) {
        return false;
    }

    /** The page at {@code path} now holds {@code size} bytes rendered from the view last given for it. */
    default void written(String path, int size) {
    }

    /** The build was committed: keep what it made for the next one; warnings go to {@code problems}. */
    default void committed(List<Problem> problems) {
    }

    /** The build failed: forget the pages it was about to write. */
    default void failed() {
    }
}
