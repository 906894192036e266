package id.warta.pipeline;

import id.warta.content.SourceFile;
import id.warta.model.Article;
import id.warta.model.Problem;
import java.util.List;

/**
 * What {@link Pipeline#check()} found.
 *
 * @param listed how many article files were found, readable or not
 * @param files every article file read, with its parse, in file order
 * @param problems what reading, settings and images found, in the order found
 * @param modelProblems what building the site model found (duplicate slugs, read-also titles matching nothing)
 */
public record CheckResult(int listed, List<File> files, List<Problem> problems, List<Problem> modelProblems) {

    /** One article file as read, and as parsed. */
    public record File(SourceFile source, Article article) { }

    public CheckResult {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        modelProblems = List.copyOf(modelProblems);
    }
}
