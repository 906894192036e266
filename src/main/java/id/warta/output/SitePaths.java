package id.warta.output;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks that a site-relative path stays inside the output directory, whatever the content, a marker or a journal
 * said: plain {@code a/b/c} segments only, and no symbolic link on the way, since a link would carry a write or a
 * delete to wherever it points.
 */
final class SitePaths {
    /** Names Warta keeps for itself at the top of the output folder; no page may take one. */
    static final String RESERVED_PREFIX = ".warta-";

    private SitePaths() {
    }

    /** Whether a path is a plain relative path with {@code /} separators and no {@code .}, {@code ..} or empty part. */
    static boolean isPlainRelative(String sitePath) {
        if (sitePath == null || sitePath.isEmpty() || sitePath.startsWith("/") || sitePath.endsWith("/")) {
            return false;
        }
        for (int i = 0; i < sitePath.length(); i++) {
            char c = sitePath.charAt(i);
            if (c == '\\' || c == ':' || c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        for (String segment : sitePath.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** Whether a plain relative path is one a rendered page or asset may have (not one of Warta's own files). */
    static boolean isSiteFile(String sitePath) {
        return isPlainRelative(sitePath) && !sitePath.startsWith(RESERVED_PREFIX);
    }

    /** The path of a page or asset inside the output folder; refuses Warta's own names. */
    static Path resolveSiteFile(Path output, String sitePath) throws OutputException {
        if (sitePath.startsWith(RESERVED_PREFIX)) {
            throw new OutputException("refusing to write `" + sitePath + "`: names starting with "
                    + RESERVED_PREFIX + " are Warta's own; rename the page");
        }
        return resolveInside(output, sitePath);
    }

    static Path resolveInside(Path output, String sitePath) throws OutputException {
        if (!isPlainRelative(sitePath)) {
            throw new OutputException("refusing to write `" + sitePath + "`: not a plain relative path");
        }
        Path root = output.normalize();
        Path resolved = root.resolve(sitePath).normalize();
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            throw new OutputException("refusing to write `" + sitePath + "`: it points outside the output folder");
        }
        refuseLinksBetween(root, resolved.getParent(), sitePath);
        return resolved;
    }

    /** Every folder from {@code root} (excluded) down to {@code dir} must be a real folder, not a link. */
    private static void refuseLinksBetween(Path root, Path dir, String sitePath) throws OutputException {
        for (Path current = dir; current != null && !current.equals(root); current = current.getParent()) {
            if (Files.isSymbolicLink(current)) {
                throw new OutputException("refusing to write `" + sitePath + "`: " + current
                        + " is a symbolic link and Warta never writes through links; remove the link");
            }
        }
    }
}
