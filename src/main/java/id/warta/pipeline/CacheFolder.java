package id.warta.pipeline;

import id.warta.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The build cache in a folder ({@code .warta-cache/} beside the content folder): parse results
 * ({@link ParseMemory}) and, per output folder, what each page was written from ({@link PageMemory}). Safe to
 * delete at any time. A file that is not a whole cache file is ignored with one warning and made again; one
 * written by another version of Warta is quietly out of date; a folder that cannot be written, or one inside the
 * output folder, makes the build run as if there were no cache, with a warning. One object may serve many builds
 * (the preview server), and then also keeps the last build's parsed articles in memory.
 */
public final class CacheFolder implements BuildCache {
    private final Path dir;
    private final String version = CodeVersion.current();
    private ParseMemory parses;
    private PageMemory pages;
    /** Off for a build whose cache folder cannot be used: then it behaves as {@link BuildCache#NONE}. */
    private boolean off;
    private List<Problem> problems;
    private final AtomicBoolean warned = new AtomicBoolean();

    public CacheFolder(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** The cache folder beside the content folder, the default. */
    public static Path besideContent(Path content) {
        Path parent = content.toAbsolutePath().normalize().getParent();
        return (parent == null ? content.toAbsolutePath() : parent).resolve(".warta-cache");
    }

    @Override
    public void begin(Path output, String inputsKey, List<Problem> problems) {
        this.problems = problems;
        warned.set(false);
        Path out = output.toAbsolutePath().normalize();
        off = !usable(out, output);
        if (off) {
            return;
        }
        if (parses == null) {
            parses = new ParseMemory(dir, version, this::damaged);
        }
        parses.begin();
        if (pages == null || !pages.isFor(out, inputsKey)) {
            pages = PageMemory.load(dir, version, out, inputsKey, () -> damaged("pages"));
        }
        pages.begin();
    }

    @Override
    public ArticleFile parsed(String key) {
        return off ? null : parses.get(key, this::damaged);
    }

    @Override
    public void keep(String key, ArticleFile file) {
        if (!off) {
            parses.put(key, file);
        }
    }

    @Override
    public boolean unchanged(String path, String template, Object view) {
        return !off && pages.unchanged(path, template, view);
    }

    @Override
    public void written(String path, int size) {
        if (!off) {
            pages.written(path, size);
        }
    }

    @Override
    public void committed(List<Problem> problems) {
        if (off) {
            return;
        }
        try {
            parses.committed();
            pages.committed(version);
        } catch (IOException e) {
            problems.add(Problem.warning(dir.toString(), 0, "the build cache cannot be written (" + e.getMessage()
                    + "); the next build runs without it: make it writable or pass --cache-dir with another"
                    + " folder"));
        }
    }

    @Override
    public void failed() {
        if (pages != null) {
            pages.begin();
        }
    }

    private boolean usable(Path out, Path output) {
        if (dir.startsWith(out)) {
            problems.add(Problem.warning(dir.toString(), 0, "the build cache is inside the output folder " + output
                    + ", where it would be published; building without it: pass --cache-dir with a folder outside"
                    + " it"));
            return false;
        }
        try {
            Files.createDirectories(dir);
            if (!Files.isWritable(dir)) {
                throw new IOException("not writable");
            }
            return true;
        } catch (IOException e) {
            problems.add(Problem.warning(dir.toString(), 0, "the build cache cannot be written (" + e.getMessage()
                    + "); building without it: make it writable or pass --cache-dir with another folder"));
            return false;
        }
    }

    /** Says once per build that part of the cache was not a whole cache file, and is made again. */
    private void damaged(String file) {
        if (!warned.getAndSet(true)) {
            synchronized (this) {
                problems.add(Problem.warning(dir.resolve(file).toString(), 0, "is not a whole cache file (damaged,"
                        + " truncated or not Warta's), so it was ignored and is made again; nothing to do, or"
                        + " delete the cache folder"));
            }
        }
    }

    /** The SHA-256 of a file's name and bytes, in hex: what a parse is kept under. */
    static String key(String name, byte[] bytes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(bytes);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hash(String text) {
        return key("", text.getBytes(StandardCharsets.UTF_8));
    }
}
