package id.warta.pipeline;

import id.warta.model.Article;
import id.warta.model.Problem;
import java.util.List;

/**
 * One article file read and parsed: what the cache keeps per file.
 *
 * @param article the article, or null when the file could not be read or was empty
 * @param problems what reading and parsing found
 * @param imageLine the front-matter line of {@code image:}, or 0
 * @param skipped whether the file was empty and left out
 */
public record ArticleFile(Article article, List<Problem> problems, int imageLine, boolean skipped) {

    public ArticleFile {
        problems = List.copyOf(problems);
    }
}
