package id.warta.bench;

import id.warta.content.ContentException;
import id.warta.content.SourceFiles;
import id.warta.entity.ArticleEntities;
import id.warta.entity.EntityFinder;
import id.warta.entity.Topics;
import id.warta.model.Article;
import id.warta.parse.ArticleParser;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The CPU time of finding entities in a folder of articles on one thread: each article's {@link EntityFinder} and
 * the site's {@link Topics}, after parsing (not counted), three rounds so the last is compiled code.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) id.warta.bench.EntityCost target/bench/w
 * </pre>
 */
public final class EntityCost {

    private EntityCost() {
    }

    public static void main(String[] args) throws IOException, ContentException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        ArticleParser parser = new ArticleParser();
        List<Article> articles = new ArrayList<>();
        for (Path file : files) {
            articles.add(parser.parse(SourceFiles.fromBytes(file.getFileName().toString(), Files.readAllBytes(file))));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 3; round++) {
            long start = threads.getCurrentThreadCpuTime();
            List<ArticleEntities> found = articles.stream().map(EntityFinder::of).toList();
            long found1 = threads.getCurrentThreadCpuTime();
            Topics.of(found);
            long end = threads.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "round %d: %d articles, finder %.2f s CPU, topics %.3f s CPU%n", round,
                    articles.size(), (found1 - start) / 1e9, (end - found1) / 1e9);
        }
    }
}
