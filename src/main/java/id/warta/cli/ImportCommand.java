package id.warta.cli;

import id.warta.content.ContentException;
import id.warta.content.ContentReader;
import id.warta.content.SourceFile;
import id.warta.importer.HtmlSource;
import id.warta.importer.TextExport;
import id.warta.model.Problem;
import id.warta.parse.Slugs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warta import}: saved HTML articles into editable text articles with front matter. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Converts saved HTML article pages into .txt articles with front matter.",
        footer = {"", "Each page becomes <slug>.txt; an existing file is never overwritten.", "",
                "Examples:", "  warta import arsip/berita-banjir.html", "  warta import --to content/arsip arsip/*.html"})
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--to", paramLabel = "DIR", defaultValue = "content",
            description = "Folder the .txt articles are written to (default: ${DEFAULT-VALUE}).")
    private Path to;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Saved HTML pages to import.")
    private List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean failed = false;
        for (Path file : files) {
            String name = file.toString().replace('\\', '/');
            try {
                Path target = importOne(name, file);
                out.println("wrote " + target.toString().replace('\\', '/') + " (from " + name + ")");
            } catch (ContentException e) {
                err.println("error: " + e.problem());
                failed = true;
            }
        }
        return failed ? ExitCodes.CONTENT_ERROR : ExitCodes.OK;
    }

    private Path importOne(String name, Path file) throws ContentException {
        SourceFile source = HtmlSource.read(name, readPage(name, file));
        String headline = source.frontMatter().title() != null ? source.frontMatter().title()
                : source.lines().get(0).text();
        Path target = to.resolve(Slugs.fromHeadline(headline) + ".txt");
        try {
            Files.createDirectories(to);
            Files.writeString(target, TextExport.render(source), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw failure(name, target + " already exists and was left as it was; move it away, or import into"
                    + " another folder with --to DIR");
        } catch (IOException e) {
            throw failure(name, "cannot write " + target + " (" + e.getClass().getSimpleName() + "); check that "
                    + to + " is a writable folder");
        }
        return target;
    }

    private static byte[] readPage(String name, Path file) throws ContentException {
        try {
            if (Files.size(file) > ContentReader.MAX_FILE_BYTES) {
                throw failure(name, "is larger than " + ContentReader.MAX_FILE_BYTES / (1024 * 1024)
                        + " MB, too large for an article page; save the page as \"HTML only\"");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw failure(name, "cannot be read (" + e.getClass().getSimpleName()
                    + "); check that the file exists and is readable");
        }
    }

    private static ContentException failure(String name, String message) {
        return new ContentException(Problem.error(name, 0, message));
    }
}
