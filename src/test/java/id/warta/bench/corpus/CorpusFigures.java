package id.warta.bench.corpus;

import id.warta.content.ContentException;
import id.warta.content.SourceFile;
import id.warta.content.SourceFiles;
import id.warta.model.Article;
import id.warta.parse.ArticleParser;
import id.warta.parse.LineLedger;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints the parser's figures over folders of article files ({@code *.txt}, one article each, front matter optional),
 * one block per folder. Not a test: it reads real text that is never committed.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=id.warta.bench.corpus.CorpusFigures -Dexec.args="FOLDER..."
 * </pre>
 */
public final class CorpusFigures {

    private CorpusFigures() {
    }

    /** The measures, in print order; add a small {@link Measure} class here for a new figure. */
    static List<Measure> measures() {
        return List.of(new Ledger(), new ParagraphShapes(), new Boilerplate(), new ReadAlsoFound());
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: CorpusFigures FOLDER...  (each a folder of .txt articles)");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (String arg : args) {
            Path folder = Path.of(arg);
            if (!Files.isDirectory(folder)) {
                System.err.println(arg + ": not a folder of articles; give folders of .txt files");
                System.exit(2);
            }
            out.println("## " + folder.getFileName());
            for (String line : figures(folder)) {
                out.println(line);
            }
            out.println();
        }
    }

    static List<String> figures(Path folder) throws IOException {
        List<Measure> measures = measures();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        ArticleParser parser = new ArticleParser();
        for (Path file : files) {
            Sample sample = sample(parser, file);
            for (Measure m : measures) {
                m.add(sample);
            }
        }
        return measures.stream().flatMap(m -> m.figures().stream()).toList();
    }

    private static Sample sample(ArticleParser parser, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            SourceFile source = SourceFiles.fromBytes(file.getFileName().toString(), bytes);
            Article article = parser.parse(source);
            Throwable crash = article.problems().stream().anyMatch(p -> p.message().startsWith("the parser failed"))
                    ? new IllegalStateException("parser fallback") : null;
            return new Sample(file, text, article, crash, LineLedger.unaccounted(source));
        } catch (ContentException | RuntimeException | StackOverflowError e) {
            return new Sample(file, text, null, e, (int) text.lines().filter(l -> !l.isBlank()).count());
        }
    }
}
