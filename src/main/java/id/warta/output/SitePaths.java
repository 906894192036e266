package id.warta.output;

import java.nio.file.Path;

/** Checks that a site-relative path stays inside the output directory, whatever the content said. */
final class SitePaths {

    private SitePaths() {
    }

    static Path resolveInside(Path output, String sitePath) throws OutputException {
        if (sitePath.isEmpty() || sitePath.startsWith("/") || sitePath.contains("\\") || sitePath.contains("\0")
                || sitePath.contains(":")) {
            throw new OutputException("refusing to write `" + sitePath + "`: not a plain relative path");
        }
        Path resolved = output.resolve(sitePath).normalize();
        if (!resolved.startsWith(output.normalize()) || resolved.equals(output.normalize())) {
            throw new OutputException("refusing to write `" + sitePath + "`: it points outside the output folder");
        }
        return resolved;
    }
}
