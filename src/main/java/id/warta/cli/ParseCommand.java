package id.warta.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.warta.content.ContentException;
import id.warta.content.SourceFile;
import id.warta.content.SourceFiles;
import id.warta.importer.HtmlSource;
import id.warta.model.Article;
import id.warta.model.Problem;
import id.warta.parse.ArticleDump;
import id.warta.parse.ArticleParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warta parse}: shows how Warta reads article files, as a readable dump or as JSON. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Prints the parsed model of each article file (.txt, or a saved .html page).",
        footer = {"", "Examples:", "  warta parse content/berita.txt", "  warta parse --json content/*.txt"})
final class ParseCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON array with an object per file, in argument order.")
    private boolean json;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Article files to parse.")
    private List<Path> files;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticleParser parser = new ArticleParser();
        List<ArticleJson> parsed = new ArrayList<>();
        boolean failed = false;
        for (Path file : files) {
            String name = file.toString().replace('\\', '/');
            Article article;
            try {
                byte[] bytes = Files.readAllBytes(file);
                SourceFile source = name.endsWith(".html") ? HtmlSource.read(name, bytes)
                        : SourceFiles.fromBytes(name, bytes);
                article = parser.parse(source);
            } catch (ContentException e) {
                err.println("error: " + e.problem());
                failed = true;
                continue;
            } catch (IOException e) {
                err.println("error: " + name + ": cannot be read (" + e.getClass().getSimpleName() + ")");
                failed = true;
                continue;
            } catch (RuntimeException | StackOverflowError e) {
                // One file that trips a bug must not cost the others their output.
                err.println("error: " + name + ":0: Warta failed on this file (" + e.getClass().getSimpleName()
                        + "); please report it with the file");
                failed = true;
                continue;
            }
            failed |= article.problems().stream().anyMatch(Problem::isError);
            if (json) {
                parsed.add(ArticleJson.of(article));
            } else {
                out.println("file: " + name);
                out.print(ArticleDump.render(article));
                out.println();
            }
        }
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(parsed));
        }
        return failed ? ExitCodes.CONTENT_ERROR : ExitCodes.OK;
    }

    /**
     * Made on first use: picocli creates every command object on every run, and a mapper costs ~30 ms of start-up
     * that a build never needs.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}
