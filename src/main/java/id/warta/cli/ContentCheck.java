package id.warta.cli;

import id.warta.model.Article;
import id.warta.model.Problem;
import id.warta.pipeline.BuildFailedException;
import id.warta.pipeline.BuildOptions;
import id.warta.pipeline.CheckResult;
import id.warta.pipeline.Pipeline;
import id.warta.pipeline.SiteConfigLoader;
import id.warta.site.SiteConfig;
import id.warta.site.TopicCandidates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
     * @param topicsBelow people, institutions and places named in fewer articles than {@code entityThreshold}
     * @param threshold the site's {@code entityThreshold}
     */
    record Result(int files, List<Problem> problems, List<String> topicsBelow, int threshold) {
        Result(int files, List<Problem> problems) {
            this(files, problems, List.of(), SiteConfig.DEFAULT_ENTITY_THRESHOLD);
        }

        long errors() {
            return problems.stream().filter(Problem::isError).count();
        }

        long warnings() {
            return problems.size() - errors();
        }
    }

    Result run(Path contentDir) {
        CheckResult checked;
        try {
            checked = new Pipeline(new BuildOptions(contentDir, Path.of("templates"), Path.of("site-out"), null,
                    true, true, null)).check();
        } catch (BuildFailedException e) {
            return new Result(0, e.problems());
        }
        List<Problem> problems = new ArrayList<>();
        List<CheckedFile> files = new ArrayList<>();
        for (CheckResult.File file : checked.files()) {
            CheckedFile one = new CheckedFile(file.source(), file.article());
            if (!one.isEmpty()) {
                // An empty article gets one clear lint error; the parser's remarks about it would repeat it.
                problems.addAll(file.article().problems());
            }
            files.add(one);
        }
        problems.addAll(checked.problems());
        problems.addAll(ContentLints.lint(files));
        // As in a build, the site model is only worth hearing from when reading found no error; what it finds
        // that the lints already said at the same place (read-also titles matching nothing) is said once.
        if (problems.stream().noneMatch(Problem::isError)) {
            Set<String> places = problems.stream().map(p -> p.file() + ":" + p.line()).collect(Collectors.toSet());
            checked.modelProblems().stream().filter(p -> !places.contains(p.file() + ":" + p.line()))
                    .forEach(problems::add);
        }
        int threshold = SiteConfigLoader.load(contentDir, new ArrayList<>()).config().entityThreshold();
        List<Article> articles = checked.files().stream().map(CheckResult.File::article)
                .filter(a -> a != null && !a.paragraphs().isEmpty()).toList();
        return new Result(checked.listed(), sorted(problems), TopicCandidates.below(articles, threshold), threshold);
    }

    /** Each problem once (the parser may pass reading's warnings on), by file then line, otherwise as found. */
    static List<Problem> sorted(List<Problem> problems) {
        List<Problem> unique = new ArrayList<>(new LinkedHashSet<>(problems));
        unique.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
        return List.copyOf(unique);
    }
}
