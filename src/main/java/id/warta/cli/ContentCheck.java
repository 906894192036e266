package id.warta.cli;

import id.warta.content.ContentException;
import id.warta.content.ContentReader;
import id.warta.content.SourceFile;
import id.warta.model.Article;
import id.warta.model.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * Reads and parses every article under a content folder, as a build would, and collects every problem — what
 * reading found (encoding, YAML, unknown keys), what the parser found (BACA JUGA inside a paragraph, bad dates)
 * and what {@link ContentLints} finds — without rendering or writing anything.
 */
final class ContentCheck {

    /**
     * What a check found.
     *
     * @param files article files looked at
     * @param problems every problem, sorted by file and line, each once
     */
    record Result(int files, List<Problem> problems) {
        long errors() {
            return problems.stream().filter(Problem::isError).count();
        }

        long warnings() {
            return problems.size() - errors();
        }
    }

    private final Function<SourceFile, Article> parser;

    /** @param parser the article parser, normally {@code new ArticleParser()::parse} */
    ContentCheck(Function<SourceFile, Article> parser) {
        this.parser = parser;
    }

    Result run(Path contentDir) {
        ContentReader reader = new ContentReader(contentDir);
        List<Path> paths;
        try {
            paths = reader.listArticles();
        } catch (ContentException e) {
            return new Result(0, List.of(e.problem()));
        }
        List<Problem> problems = new ArrayList<>(reader.linkedFolders());
        List<CheckedFile> checked = new ArrayList<>();
        for (Path path : paths) {
            ContentReader.Result read = reader.read(path);
            problems.addAll(read.problems());
            if (read.file() != null) {
                Article article = parser.apply(read.file());
                CheckedFile file = new CheckedFile(read.file(), article);
                if (!file.isEmpty()) {
                    // An empty article gets one clear lint error; the parser's remarks about it would repeat it.
                    problems.addAll(article.problems());
                }
                checked.add(file);
            }
        }
        problems.addAll(ContentLints.lint(checked));
        return new Result(paths.size(), sorted(problems));
    }

    /** Each problem once (the parser may pass reading's warnings on), by file then line, otherwise as found. */
    static List<Problem> sorted(List<Problem> problems) {
        List<Problem> unique = new ArrayList<>(new LinkedHashSet<>(problems));
        unique.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
        return List.copyOf(unique);
    }
}
