package id.warta.pipeline;

import id.warta.content.ContentException;
import id.warta.content.ContentReader;
import id.warta.content.SourceFile;
import id.warta.importer.HtmlSource;
import id.warta.model.Article;
import id.warta.model.Problem;
import id.warta.parse.ArticleParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads and parses every article on all cores (both are pure per file), keeping only the parsed articles, never
 * the files' text; results and problems come back in file order. When asked to remember (the preview server), a
 * file whose size and modification time are unchanged since the last build is not read again.
 */
final class ArticleReading {

    /** What reading and parsing gave: articles in file order, and the image lines {@link LocalImages} names. */
    record Result(List<Article> articles, Map<String, Integer> imageLines, int skipped) { }

    /** One file read and parsed. */
    private record Parsed(Article article, List<Problem> problems, int imageLine, boolean skipped) { }

    private record Stamp(long size, FileTime modified) { }

    /**
     * A file as last read. {@code link}: the file is a symbolic link, whose target a watcher reports under the
     * target's own name, so its stamp (the target's) is looked at on every rebuild rather than trusted.
     */
    private record Remembered(Stamp stamp, Parsed parsed, boolean link) { }

    private final Path content;
    private final Map<Path, Remembered> remembered;
    /** The article files of the last build, sorted; null when not remembering or when the next must list anew. */
    private TreeSet<Path> listing;

    /** @param remember whether to keep parsed files for the next build */
    ArticleReading(Path content, boolean remember) {
        this.content = content;
        this.remembered = remember ? new ConcurrentHashMap<>() : null;
    }

    Result read(List<Problem> problems) throws BuildFailedException {
        return read(problems, SourceChanges.unknown());
    }

    /**
     * Reads the articles; when remembering and the watcher named every change since the last listing, only the
     * changed paths are looked at again, the rest of the listing and the parsed files are taken as they were.
     */
    Result read(List<Problem> problems, SourceChanges changes) throws BuildFailedException {
        ContentReader reader = new ContentReader(content, Map.of(".html", HtmlSource::read));
        TreeSet<Path> lastListing = listing;
        listing = null;
        ListingUpdate updated = remembered != null && lastListing != null && changes.complete()
                ? ListingUpdate.apply(content, lastListing, changes.paths(), reader) : null;
        List<Path> paths;
        Set<Path> recheck;
        if (updated != null) {
            paths = List.copyOf(updated.listing());
            recheck = updated.changed();
        } else {
            try {
                paths = reader.listArticles();
                problems.addAll(reader.linkedFolders());
            } catch (ContentException e) {
                throw new BuildFailedException(BuildFailedException.Cause.CONTENT, List.of(e.problem()));
            }
            recheck = null;
        }
        List<Parsed> parsed = parseAll(reader, paths, recheck);
        if (remembered != null) {
            if (updated == null) {
                remembered.keySet().retainAll(new HashSet<>(paths));
            } else {
                updated.changed().stream().filter(path -> !updated.listing().contains(path))
                        .forEach(remembered::remove);
            }
            listing = updated != null ? updated.listing() : new TreeSet<>(paths);
        }
        List<Article> articles = new ArrayList<>();
        Map<String, Integer> imageLines = new HashMap<>();
        int skipped = 0;
        for (Parsed one : parsed) {
            problems.addAll(one.problems());
            if (one.skipped()) {
                skipped++;
            }
            if (one.article() != null) {
                articles.add(one.article());
                if (one.imageLine() > 0) {
                    imageLines.put(one.article().source(), one.imageLine());
                }
            }
        }
        return new Result(articles, imageLines, skipped);
    }

    /** Forgets the listing, so that the next build lists the content folder again (after a failed build). */
    void forgetListing() {
        listing = null;
    }

    /**
     * Parses the files in order on all cores; with {@code recheck} given, a remembered file outside it is taken
     * as it was without even a look at its size and time.
     */
    private List<Parsed> parseAll(ContentReader reader, List<Path> paths, Set<Path> recheck) {
        ArticleParser parser = new ArticleParser();
        if (recheck == null) {
            return Parallel.map(paths, path -> readOne(reader, parser, path));
        }
        List<Parsed> parsed = new ArrayList<>(paths.size());
        List<Path> toRead = new ArrayList<>();
        for (Path path : paths) {
            Remembered last = recheck.contains(path) ? null : remembered.get(path);
            if (last != null && last.link()) {
                last = null;
            }
            parsed.add(last != null ? last.parsed() : null);
            if (last == null) {
                toRead.add(path);
            }
        }
        List<Parsed> read = Parallel.map(toRead, path -> readOne(reader, parser, path));
        for (int i = 0, next = 0; i < parsed.size(); i++) {
            if (parsed.get(i) == null) {
                parsed.set(i, read.get(next++));
            }
        }
        return parsed;
    }

    private Parsed readOne(ContentReader reader, ArticleParser parser, Path path) {
        if (remembered == null) {
            return parse(reader, parser, path);
        }
        Stamp stamp = stamp(path);
        Remembered last = remembered.get(path);
        if (stamp != null && last != null && last.stamp().equals(stamp)) {
            return last.parsed();
        }
        Parsed parsed = parse(reader, parser, path);
        if (stamp != null) {
            remembered.put(path, new Remembered(stamp, parsed, Files.isSymbolicLink(path)));
        } else {
            remembered.remove(path);
        }
        return parsed;
    }

    private static Stamp stamp(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return new Stamp(attributes.size(), attributes.lastModifiedTime());
        } catch (IOException e) {
            return null;
        }
    }

    private static Parsed parse(ContentReader reader, ArticleParser parser, Path path) {
        ContentReader.Result result = reader.read(path);
        SourceFile source = result.file();
        if (source == null) {
            return new Parsed(null, result.problems(), 0, false);
        }
        List<Problem> problems = new ArrayList<>(result.problems());
        if (source.isBlank()) {
            problems.add(Problem.warning(source.name(), 0, "is empty and was skipped; write an article in it"
                    + " or delete it"));
            return new Parsed(null, problems, 0, true);
        }
        Article article = parser.parse(source);
        problems.addAll(article.problems());
        return new Parsed(article, problems, source.frontMatter().lineOf("image", 0), false);
    }
}
