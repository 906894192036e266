package id.warta.cli;

import id.warta.content.ContentException;
import id.warta.content.ContentReader;
import id.warta.content.FrontMatter;
import id.warta.content.SourceFile;
import id.warta.importer.HtmlSource;
import id.warta.importer.SavedPageFiles;
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
        byte[] bytes = readPage(name, file);
        SourceFile source = HtmlSource.read(name, bytes);
        String headline = source.frontMatter().title() != null ? source.frontMatter().title()
                : source.lines().get(0).text();
        String slug = Slugs.fromHeadline(headline);
        Path target = to.resolve(slug + ".txt");
        if (Files.exists(target)) {
            throw alreadyThere(name, target);
        }
        Path copied = copyLeadPicture(name, file, bytes, slug);
        try {
            SourceFile written = copied == null ? source : withImage(source, copied.getFileName().toString());
            Files.createDirectories(to);
            Files.writeString(target, TextExport.render(written), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            copied = null;
        } catch (FileAlreadyExistsException e) {
            throw alreadyThere(name, target);
        } catch (IOException e) {
            throw failure(name, "cannot write " + target + " (" + e.getClass().getSimpleName() + "); check that "
                    + to + " is a writable folder");
        } finally {
            deleteQuietly(copied);
        }
        return target;
    }

    /** The picture "save page, complete" left beside the page, copied next to the article; null when there is none. */
    private Path copyLeadPicture(String name, Path file, byte[] bytes, String slug) throws ContentException {
        Path picture = SavedPageFiles.leadPicture(file, bytes);
        if (picture == null) {
            return null;
        }
        try {
            return to.resolve(SavedPageFiles.copyInto(picture, to, slug));
        } catch (IOException e) {
            throw failure(name, "cannot copy its picture " + picture.getFileName() + " into " + to + " ("
                    + e.getClass().getSimpleName() + "); check that " + to + " is a writable folder");
        }
    }

    private static SourceFile withImage(SourceFile source, String image) {
        FrontMatter fm = source.frontMatter();
        FrontMatter local = new FrontMatter(fm.title(), fm.date(), fm.tags(), fm.author(), fm.slug(),
                fm.description(), fm.outlet(), fm.draft(), image, fm.imageCaption(), fm.keyLines(), fm.links(),
                fm.rubrik(), fm.updated(), fm.pilihan(), fm.tokoh());
        return new SourceFile(source.name(), local, source.lines(), source.problems());
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // the article was not written; a left-over copy of its picture harms nothing
            }
        }
    }

    private static ContentException alreadyThere(String name, Path target) {
        return failure(name, target + " already exists and was left as it was; move it away, or import into"
                + " another folder with --to DIR");
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
