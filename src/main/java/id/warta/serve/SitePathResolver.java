package id.warta.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Maps a request path to a file inside the site folder, or refuses. The path arrives decoded exactly once (by
 * {@link java.net.URI#getPath()}), so {@code %252e%252e} stays a harmless literal name; {@code ..}, {@code .},
 * hidden names (the writer's marker and journal), NUL, backslashes and colons are refused outright, and the final
 * file must resolve (symlinks followed) to a regular file under the site folder's real path.
 */
final class SitePathResolver {

    /** What a request path leads to. */
    sealed interface Resolution permits Found, Redirect, Missing { }

    /** A regular file inside the site. */
    record Found(Path file) implements Resolution { }

    /** A folder asked for without its trailing slash: relative links only work once the slash is there. */
    record Redirect(String location) implements Resolution { }

    /** Nothing the site may serve. */
    record Missing() implements Resolution { }

    private final Path root;

    SitePathResolver(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Resolution resolve(String decodedPath) {
        if (decodedPath == null || !decodedPath.startsWith("/") || decodedPath.indexOf('\0') >= 0
                || decodedPath.indexOf('\\') >= 0) {
            return new Missing();
        }
        Path candidate = root;
        StringBuilder clean = new StringBuilder();
        for (String segment : decodedPath.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.startsWith(".") || segment.indexOf(':') >= 0) {
                return new Missing();
            }
            candidate = candidate.resolve(segment);
            clean.append('/').append(segment);
        }
        if (Files.isDirectory(candidate)) {
            if (!decodedPath.endsWith("/")) {
                return new Redirect(clean + "/");
            }
            candidate = candidate.resolve("index.html");
        }
        try {
            Path realRoot = root.toRealPath();
            Path real = candidate.toRealPath();
            if (!real.startsWith(realRoot) || !Files.isRegularFile(real)) {
                return new Missing();
            }
            return new Found(real);
        } catch (IOException e) {
            return new Missing();
        }
    }
}
