package id.warta.pipeline;

import id.warta.model.Article;
import id.warta.model.Problem;
import id.warta.parse.Slugs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Front-matter images: an http(s) URL is used as is; a relative path is read from the article's folder inside the
 * content folder and copied into the site under {@code images/}. A path that leaves the content folder, a missing
 * file, or a file that is not a web image is an error naming the line of {@code image:}.
 */
final class LocalImages {
    static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "webp", "avif");
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final Path contentRoot;
    private final SortedMap<String, byte[]> files = new TreeMap<>();
    private final Map<Path, String> sitePathByFile = new HashMap<>();

    LocalImages(Path contentRoot) {
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
    }

    /**
     * The articles with each local image replaced by its site path (bytes kept for {@link #files()}).
     *
     * @param imageLines the front-matter line of {@code image:} by source file name, for messages
     */
    List<Article> localise(List<Article> articles, Map<String, Integer> imageLines, List<Problem> problems) {
        List<Article> result = new ArrayList<>();
        for (Article article : articles) {
            if (article.image() == null || isUrl(article.image())) {
                result.add(article);
                continue;
            }
            int line = imageLines.getOrDefault(article.source(), 0);
            Path folder = Path.of(article.source()).toAbsolutePath().getParent();
            String sitePath = copy(article.image(), folder, article.source(), line, problems);
            result.add(withImage(article, sitePath));
        }
        return result;
    }

    /**
     * A local image's site path, or an http(s) URL unchanged; null (with an error) when unusable.
     *
     * @param folder the folder a relative path starts from
     */
    String copy(String image, Path folder, String file, int line, List<Problem> problems) {
        if (isUrl(image)) {
            return image;
        }
        if (image.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            problems.add(Problem.error(file, line, "image `" + image + "` must be an http(s) URL or a path inside"
                    + " the content folder"));
            return null;
        }
        Path path;
        try {
            path = folder.resolve(image).normalize();
        } catch (InvalidPathException e) {
            problems.add(Problem.error(file, line, "image `" + image + "` is not a valid path"));
            return null;
        }
        if (!path.startsWith(contentRoot) || !isInside(path)) {
            problems.add(Problem.error(file, line, "image `" + image + "` is outside the content folder; copy the"
                    + " image into it (next to the article) and name it relative to the article"));
            return null;
        }
        String extension = extension(path);
        if (!EXTENSIONS.contains(extension)) {
            problems.add(Problem.error(file, line, "image `" + image + "` must be a web image ("
                    + String.join(", ", EXTENSIONS.stream().sorted().toList()) + ")"));
            return null;
        }
        try {
            Path real = path.toRealPath();
            String known = sitePathByFile.get(real);
            if (known != null) {
                return known;
            }
            if (!Files.isRegularFile(real)) {
                // A pipe or a device would block the build on reading it.
                problems.add(Problem.error(file, line, "image `" + image + "` is not a plain file (a folder, pipe or"
                        + " device); name an image file"));
                return null;
            }
            if (Files.size(real) > MAX_BYTES) {
                problems.add(Problem.error(file, line, "image `" + image + "` is larger than 20 MB; make it smaller"));
                return null;
            }
            String sitePath = uniqueSitePath(path, extension);
            files.put(sitePath, Files.readAllBytes(real));
            sitePathByFile.put(real, sitePath);
            return sitePath;
        } catch (IOException e) {
            problems.add(Problem.error(file, line, "image `" + image + "` was not found next to the article; check"
                    + " the file name or remove `image:`"));
            return null;
        }
    }

    /** Site-relative path → bytes of every image copied. */
    SortedMap<String, byte[]> files() {
        return files;
    }

    /** Following links too, the file must stay inside the content folder. */
    private boolean isInside(Path path) {
        try {
            return !Files.exists(path) || path.toRealPath().startsWith(contentRoot.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code images/} plus the path inside content/, each name made URL-safe: {@code foto/Banjir 1.PNG} → ... */
    private String uniqueSitePath(Path path, String extension) {
        Path relative = contentRoot.relativize(path);
        StringBuilder folder = new StringBuilder("images/");
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            folder.append(Slugs.fromHeadline(relative.getName(i).toString())).append('/');
        }
        String file = relative.getFileName().toString();
        String base = Slugs.fromHeadline(file.substring(0, file.length() - extension.length() - 1));
        String candidate = folder + base + "." + extension;
        for (int n = 2; files.containsKey(candidate); n++) {
            candidate = folder + base + "-" + n + "." + extension;
        }
        return candidate;
    }

    private static String extension(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean isUrl(String image) {
        String lower = image.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static Article withImage(Article a, String image) {
        return new Article(a.source(), a.headline(), a.headlineSource(), a.slug(), a.dateline(), a.date(),
                a.author(), a.description(), a.tags(), a.draft(), image, image == null ? null : a.imageCaption(),
                a.body(), a.attributions(), a.quotes(), a.credits(), a.endMarker(), a.noise(), a.problems(),
                a.editorial());
    }
}
