package id.warta.content;

import id.warta.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks a front-matter {@code image:}: an http(s) URL, or a path inside the content folder (relative to it, with
 * {@code /} separators). Anything that could reach outside content/ (an absolute or Windows path, {@code ..}, a link
 * out, another URL scheme such as {@code file:} or {@code javascript:}) is refused with the key's line.
 */
final class ImagePaths {
    private static final Pattern WEB_URL = Pattern.compile("(?i)https?://[^\\s/?#]+[^\\s]*");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private ImagePaths() {
    }

    static void check(Path contentRoot, SourceFile file) throws ContentException {
        String image = file.frontMatter().image();
        if (image == null || WEB_URL.matcher(image).matches()) {
            return;
        }
        int line = file.frontMatter().lineOf("image", 0);
        String why = lexicalProblem(image);
        if (why == null) {
            why = linkProblem(contentRoot, image);
        }
        if (why != null) {
            throw new ContentException(Problem.error(file.name(), line, "image `" + image + "` " + why
                    + "; put the image inside the content folder and give its path from there"
                    + " (images/photo.jpg), or give an http(s) URL"));
        }
    }

    private static String lexicalProblem(String image) {
        String lower = image.toLowerCase(Locale.ROOT);
        if (image.startsWith("/") || image.startsWith("\\") || image.startsWith("~")) {
            return "is an absolute path, outside the content folder";
        }
        if (SCHEME.matcher(image).find()) {
            return lower.matches("^[a-z]:[\\\\/].*") ? "is a Windows path, outside the content folder"
                    : "uses a link scheme Warta does not allow";
        }
        if (image.contains("\\")) {
            return "uses `\\`; write paths with `/`";
        }
        for (String segment : image.split("/", -1)) {
            if (segment.equals("..")) {
                return "climbs out with `..`";
            }
        }
        return null;
    }

    /** A path that exists must really be inside content/, not a link to elsewhere. */
    private static String linkProblem(Path contentRoot, String image) {
        Path candidate = contentRoot.resolve(image).normalize();
        if (!Files.exists(candidate)) {
            return null;
        }
        try {
            return candidate.toRealPath().startsWith(contentRoot.toRealPath()) ? null
                    : "is a link to a file outside the content folder";
        } catch (IOException e) {
            return "cannot be resolved (" + e.getClass().getSimpleName() + ")";
        }
    }
}
