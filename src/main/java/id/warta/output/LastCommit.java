package id.warta.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Set;

/**
 * What a writer's last commit left in the output folder: the site's paths (the marker's lines) and the marker
 * file's size, modification time and identity just after. A writer used for build after build (the preview
 * server) trusts the paths instead of reading and parsing the marker again, but only while the marker file still
 * looks exactly as it left it: whoever else changes the folder's marker makes the next build read it again.
 *
 * @param paths every path of the committed site, each a plain site path (validated when it was put or kept)
 */
record LastCommit(Set<String> paths, Stamp marker) {

    /** How the marker file looked; equal stamps mean nobody rewrote, replaced or touched it. */
    record Stamp(long size, FileTime modified, Object fileKey) {

        /** The marker file's stamp, or null when it is missing or not a plain file. */
        static Stamp of(Path output) throws IOException {
            try {
                BasicFileAttributes attributes = Files.readAttributes(output.resolve(SiteWriter.MARKER),
                        BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                return attributes.isRegularFile() ? new Stamp(attributes.size(), attributes.lastModifiedTime(),
                        attributes.fileKey()) : null;
            } catch (NoSuchFileException e) {
                return null;
            }
        }
    }

    /** Whether the marker in {@code output} is still the one this commit wrote (or found identical). */
    boolean stillMarks(Path output) throws IOException {
        Stamp now = Stamp.of(output);
        return now != null && now.equals(marker);
    }
}
