package id.warta.content;

import id.warta.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Finds article files under a content directory and reads each into a {@link SourceFile}. */
public final class ContentReader {
    /** Files larger than this are refused: no article is that long, and reading it would only waste memory. */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;
    /** The folder, directly under the content folder, of standalone pages (Redaksi, Kontak...), never articles. */
    public static final String PAGES_FOLDER = "halaman";

    /** Reads a file's bytes, at most {@code limit} of them; a seam so tests can simulate unreadable files. */
    @FunctionalInterface
    interface FileBytes {
        byte[] read(Path file, int limit) throws IOException;
    }

    private final Path root;
    private final Map<String, Decoder> otherFormats;
    /** The content folder with links resolved, found once; benign races only ever compute the same value. */
    private volatile Path realRoot;
    private final FileBytes fileBytes;

    /** Turns a file's bytes into a source file; lets formats other than text (saved HTML) live outside this package. */
    @FunctionalInterface
    public interface Decoder {
        SourceFile decode(String name, byte[] bytes) throws ContentException;
    }

    public ContentReader(Path root) {
        this(root, Map.of());
    }

    /** A reader that also lists files ending in each given suffix ({@code ".html"}) and reads them with its decoder. */
    public ContentReader(Path root, Map<String, Decoder> otherFormats) {
        this(root, otherFormats, ContentReader::readAtMost);
    }

    ContentReader(Path root, FileBytes fileBytes) {
        this(root, Map.of(), fileBytes);
    }

    ContentReader(Path root, Map<String, Decoder> otherFormats, FileBytes fileBytes) {
        this.root = root;
        this.otherFormats = Map.copyOf(otherFormats);
        this.fileBytes = fileBytes;
    }

    /** What reading one file gave: a source file (null when skipped or unreadable) and the problems seen. */
    public record Result(SourceFile file, List<Problem> problems) { }

    /** Article files ({@code *.txt}) under the content directory, sorted by path so builds are deterministic. */
    public List<Path> listArticles() throws ContentException {
        if (!Files.isDirectory(root)) {
            throw new ContentException(Problem.error(root.toString(), 0,
                    "content directory not found; create it and put article .txt files in it, or pass --content DIR"));
        }
        Path pages = root.resolve(PAGES_FOLDER);
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(this::isArticle)
                    .filter(path -> !path.startsWith(pages))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ContentException(Problem.error(root.toString(), 0, "cannot list the content directory: " + e));
        }
    }

    /**
     * The standalone pages: the text files directly in {@code content/halaman/}, by file name, which is the order
     * the footer lists them in; none when the folder does not exist.
     */
    public List<Path> listPages() throws ContentException {
        Path pages = root.resolve(PAGES_FOLDER);
        if (!Files.isDirectory(pages, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(pages)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".txt")
                    && !p.getFileName().toString().startsWith(".") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ContentException(Problem.error(pages.toString(), 0, "cannot list the pages folder: " + e));
        }
    }

    /**
     * Warnings for folders under the content directory that are symbolic links: {@link #listArticles()} does not
     * follow them (a link may lead anywhere), so the articles in them are not read, and that must not go unsaid.
     */
    public List<Problem> linkedFolders() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root) && Files.isSymbolicLink(p) && Files.isDirectory(p)).sorted()
                    .map(p -> Problem.warning(displayName(p), 0, "is a link to a folder, which Warta does not"
                            + " follow, so the articles in it are not read; move or copy them into the content"
                            + " folder"))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Whether {@link #listArticles()} would list this path, given that it lies below the content folder: an article
     * file name ({@code *.txt} or another format's suffix, not hidden) of a regular file or a link.
     */
    public boolean isArticle(Path path) {
        return isArticleName(path) && (Files.isRegularFile(path) || Files.isSymbolicLink(path));
    }

    private boolean isArticleName(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return false;
        }
        String fileName = name.toString();
        return (fileName.endsWith(".txt") || decoderFor(path) != null) && !fileName.startsWith(".");
    }

    /**
     * One file's bytes as read, before decoding: what a cache keys a parse by.
     *
     * @param name the file as messages name it
     * @param bytes its bytes, or null when it could not be read
     * @param problem why it could not be read, or null
     */
    public record Bytes(Path file, String name, byte[] bytes, Problem problem) { }

    /** Reads one file; never throws for bad content, so that every problem of a build can be reported at once. */
    public Result read(Path file) {
        return decode(load(file));
    }

    /** Reads one file's bytes, checking that it may be read; never throws. */
    public Bytes load(Path file) {
        String name = displayName(file);
        try {
            return new Bytes(file, name, readOrThrow(name, file), null);
        } catch (ContentException e) {
            return new Bytes(file, name, null, e.problem());
        }
    }

    /** Decodes bytes {@link #load} read into a source file; never throws. */
    public Result decode(Bytes read) {
        if (read.problem() != null) {
            return new Result(null, List.of(read.problem()));
        }
        try {
            Decoder decoder = decoderFor(read.file());
            SourceFile source = decoder != null ? decoder.decode(read.name(), read.bytes())
                    : SourceFiles.fromBytes(read.name(), read.bytes());
            return new Result(source, source.problems());
        } catch (ContentException e) {
            return new Result(null, List.of(e.problem()));
        } catch (RuntimeException | StackOverflowError e) {
            // One file that trips a bug must not stop the others from being read and reported.
            return new Result(null, List.of(Problem.error(read.name(), 0, "could not be read: Warta failed on it ("
                    + e.getClass().getSimpleName() + "); please report this with the file, and move it out of the"
                    + " content folder meanwhile")));
        }
    }

    private byte[] readOrThrow(String name, Path file) throws ContentException {
        checkInsideRoot(name, file);
        byte[] bytes;
        try {
            bytes = fileBytes.read(file, (int) MAX_FILE_BYTES + 1);
        } catch (AccessDeniedException e) {
            throw new ContentException(Problem.error(name, 0, "cannot be read: permission denied; make it readable"
                    + " (chmod a+r " + name + ") or move it out of the content directory"));
        } catch (IOException e) {
            throw new ContentException(Problem.error(name, 0, "cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + "); check that the file exists and is readable"));
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new ContentException(Problem.error(name, 0, "is larger than " + MAX_FILE_BYTES / (1024 * 1024)
                    + " MB, the most an article file may be; split it or remove it from the content directory"));
        }
        return bytes;
    }

    private Decoder decoderFor(Path file) {
        String fileName = file.getFileName().toString();
        for (Map.Entry<String, Decoder> format : otherFormats.entrySet()) {
            if (fileName.endsWith(format.getKey())) {
                return format.getValue();
            }
        }
        return null;
    }

    /** Reads at most {@code limit} bytes, so a huge file (or one still growing) never fills the memory. */
    private static byte[] readAtMost(Path file, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(limit);
        }
    }

    private void checkInsideRoot(String name, Path file) throws ContentException {
        try {
            if (!lexicallyInsideWithoutLinks(file)) {
                Path real = file.toRealPath();
                if (!real.startsWith(realRoot())) {
                    throw new ContentException(Problem.error(name, 0,
                            "is a link to a file outside the content directory; copy the article in instead"));
                }
                file = real;
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new ContentException(Problem.error(name, 0, "is not a regular file"));
            }
        } catch (IOException e) {
            throw new ContentException(Problem.error(name, 0, "cannot be resolved (" + e.getClass().getSimpleName()
                    + "); it may be a broken link"));
        }
    }

    /**
     * The common case, checked without resolving every path component: the file sits below the content folder and
     * neither it nor any folder between them is a symbolic link, so it cannot lead outside.
     */
    private boolean lexicallyInsideWithoutLinks(Path file) {
        Path base = root.toAbsolutePath().normalize();
        Path current = file.toAbsolutePath().normalize();
        if (!current.startsWith(base) || current.equals(base)) {
            return false;
        }
        while (!current.equals(base)) {
            if (Files.isSymbolicLink(current)) {
                return false;
            }
            current = current.getParent();
        }
        return true;
    }

    private Path realRoot() throws IOException {
        Path real = realRoot;
        if (real == null) {
            real = root.toRealPath();
            realRoot = real;
        }
        return real;
    }

    private String displayName(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        String shown = absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : file.toString();
        return shown.replace('\\', '/');
    }
}
