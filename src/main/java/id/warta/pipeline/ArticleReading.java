package id.warta.pipeline;

import id.warta.content.ContentException;
import id.warta.content.ContentReader;
import id.warta.content.SourceFile;
import id.warta.importer.HtmlSource;
import id.warta.model.Article;
import id.warta.model.Problem;
import id.warta.parse.ArticleParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists the content folder, reads every article file (text and saved web pages) and parses it, on all cores; a
 * file whose name and bytes the cache has seen is not parsed again. Results and problems come back in file order.
 */
final class ArticleReading {

    /** What reading and parsing gave: every file in order. */
    record Result(List<ArticleFile> files) {
        List<Article> articles() {
            return files.stream().map(ArticleFile::article).filter(a -> a != null).toList();
        }

        /** The front-matter line of {@code image:} by source file name, for {@link LocalImages}' messages. */
        Map<String, Integer> imageLines() {
            Map<String, Integer> lines = new HashMap<>();
            for (ArticleFile file : files) {
                if (file.article() != null && file.imageLine() > 0) {
                    lines.put(file.article().source(), file.imageLine());
                }
            }
            return lines;
        }

        int skipped() {
            return (int) files.stream().filter(ArticleFile::skipped).count();
        }
    }

    /** A file as {@code warta check} sees it: as read, and as parsed (also when empty); both null when unreadable. */
    record Checked(SourceFile source, Article article) { }

    private final Path content;
    private final BuildCache cache;

    ArticleReading(Path content, BuildCache cache) {
        this.content = content;
        this.cache = cache;
    }

    /** Reads and parses every article file; each file's problems are added to {@code problems}, in order. */
    Result read(List<Problem> problems) throws BuildFailedException {
        ContentReader reader = reader();
        ArticleParser parser = new ArticleParser();
        List<Path> paths = list(reader);
        problems.addAll(reader.linkedFolders());
        List<ArticleFile> files = Parallel.map(paths, path -> readOne(reader, parser, path));
        files.forEach(file -> problems.addAll(file.problems()));
        return new Result(files);
    }

    /** The same reading for {@code warta check}, keeping each file as read; reading problems go to problems. */
    List<Checked> check(List<Problem> problems) throws BuildFailedException {
        ContentReader reader = reader();
        ArticleParser parser = new ArticleParser();
        List<Path> paths = list(reader);
        problems.addAll(reader.linkedFolders());
        List<ContentReader.Result> read = Parallel.map(paths, path -> reader.read(path));
        List<Checked> checked = new ArrayList<>();
        for (ContentReader.Result one : read) {
            problems.addAll(one.problems());
            checked.add(one.file() == null ? new Checked(null, null) : new Checked(one.file(), parser.parse(one.file())));
        }
        return checked;
    }

    private ContentReader reader() {
        return new ContentReader(content, Map.of(".html", HtmlSource::read));
    }

    private static List<Path> list(ContentReader reader) throws BuildFailedException {
        try {
            return reader.listArticles();
        } catch (ContentException e) {
            throw new BuildFailedException(BuildFailedException.Cause.CONTENT, List.of(e.problem()));
        }
    }

    private ArticleFile readOne(ContentReader reader, ArticleParser parser, Path path) {
        ContentReader.Bytes bytes = reader.load(path);
        if (bytes.bytes() == null) {
            return new ArticleFile(null, List.of(bytes.problem()), 0, false);
        }
        String key = CacheFolder.key(bytes.name(), bytes.bytes());
        ArticleFile known = cache.parsed(key);
        if (known != null) {
            return known;
        }
        ArticleFile parsed = parse(reader.decode(bytes), parser);
        cache.keep(key, parsed);
        return parsed;
    }

    private static ArticleFile parse(ContentReader.Result result, ArticleParser parser) {
        SourceFile source = result.file();
        if (source == null) {
            return new ArticleFile(null, result.problems(), 0, false);
        }
        List<Problem> problems = new ArrayList<>(result.problems());
        if (source.isBlank()) {
            problems.add(Problem.warning(source.name(), 0, "is empty and was skipped; write an article in it"
                    + " or delete it"));
            return new ArticleFile(null, problems, 0, true);
        }
        Article article = parser.parse(source);
        problems.addAll(article.problems());
        return new ArticleFile(article, problems, source.frontMatter().lineOf("image", 0), false);
    }
}
