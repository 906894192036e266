package id.warta.pipeline;

import id.warta.model.Problem;
import java.util.List;

/**
 * What a successful build did.
 *
 * @param articles articles in the site
 * @param pages pages rendered
 * @param written files written because they changed
 * @param unchanged files left alone because their bytes were the same
 * @param deleted files of the previous site removed
 * @param skipped files skipped (empty)
 * @param noiseLines boilerplate lines dropped from bodies
 * @param warnings every warning, in file order
 * @param millis wall time of the build
 * @param leftOut the drafts and future-dated articles not published
 */
public record BuildResult(int articles, int pages, int written, int unchanged, int deleted, int skipped,
                          int noiseLines, List<Problem> warnings, long millis, LeftOut leftOut) {

    /** A build that left nothing out. */
    public BuildResult(int articles, int pages, int written, int unchanged, int deleted, int skipped,
                       int noiseLines, List<Problem> warnings, long millis) {
        this(articles, pages, written, unchanged, deleted, skipped, noiseLines, warnings, millis, LeftOut.NOTHING);
    }
}
