package id.warta.bench.corpus;

import id.warta.content.ContentException;
import id.warta.content.SourceFiles;
import id.warta.entity.ArticleEntities;
import id.warta.entity.Entity;
import id.warta.entity.EntityFinder;
import id.warta.entity.EntityKind;
import id.warta.entity.Topics;
import id.warta.model.Article;
import id.warta.parse.ArticleParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Prints the entity finder's figures over folders of article files: per kind, how many articles name at least one,
 * how many distinct entities there are, and the 50 most frequent by articles naming them, for reading. Not a test:
 * it reads real text that is never committed.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=id.warta.bench.corpus.EntityFigures -Dexec.args="FOLDER..."
 * </pre>
 *
 * With {@code -Dfigures.top=N} it prints N per kind instead of 50.
 */
public final class EntityFigures {

    private EntityFigures() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: EntityFigures FOLDER...  (each a folder of .txt articles)");
            System.exit(2);
        }
        int top = Integer.getInteger("figures.top", 50);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (String arg : args) {
            Path folder = Path.of(arg);
            if (!Files.isDirectory(folder)) {
                System.err.println(arg + ": not a folder of articles; give folders of .txt files");
                System.exit(2);
            }
            out.println("## " + folder.getFileName());
            figures(folder, top).forEach(out::println);
            out.println();
        }
    }

    static List<String> figures(Path folder, int top) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        ArticleParser parser = new ArticleParser();
        List<ArticleEntities> all = new ArrayList<>();
        for (Path file : files) {
            try {
                Article article = parser.parse(SourceFiles.fromBytes(file.getFileName().toString(),
                        Files.readAllBytes(file)));
                all.add(EntityFinder.of(article));
            } catch (ContentException e) {
                // unreadable files are the parser figures' concern
            }
        }
        Topics topics = Topics.of(all);
        Map<EntityKind, Map<String, Integer>> counts = new EnumMap<>(EntityKind.class);
        Map<EntityKind, Map<String, String>> shown = new EnumMap<>(EntityKind.class);
        Map<EntityKind, Integer> articlesWith = new EnumMap<>(EntityKind.class);
        Map<EntityKind, Integer> mentions = new EnumMap<>(EntityKind.class);
        int articles = all.size();
        for (ArticleEntities found : all) {
            for (EntityKind kind : EntityKind.values()) {
                List<String> keys = found.of(kind).stream().map(topics::key).distinct().toList();
                if (!keys.isEmpty()) {
                    articlesWith.merge(kind, 1, Integer::sum);
                }
                mentions.merge(kind, keys.size(), Integer::sum);
                for (Entity e : found.of(kind)) {
                    shown.computeIfAbsent(kind, k -> new HashMap<>()).put(topics.key(e), topics.name(e));
                }
                keys.forEach(key -> counts.computeIfAbsent(kind, k -> new HashMap<>()).merge(key, 1, Integer::sum));
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("articles: " + articles);
        for (EntityKind kind : EntityKind.values()) {
            Map<String, Integer> byKey = counts.getOrDefault(kind, Map.of());
            lines.add("");
            lines.add("### " + kind.label() + ": " + articlesWith.getOrDefault(kind, 0) + " articles name one, "
                    + byKey.size() + " distinct, " + mentions.getOrDefault(kind, 0) + " article-entity pairs, "
                    + byKey.values().stream().filter(c -> c >= 2).count() + " in 2 or more articles");
            List<Map.Entry<String, Integer>> ranked = byKey.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(top).toList();
            int rank = 1;
            for (Map.Entry<String, Integer> e : ranked) {
                String name = shown.get(kind).get(e.getKey());
                lines.add(String.format("%3d. %-50s %5d", rank++, name, e.getValue()));
            }
        }
        return lines;
    }
}
