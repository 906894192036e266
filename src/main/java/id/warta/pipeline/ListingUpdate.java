package id.warta.pipeline;

import id.warta.content.ContentReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The content folder's listing brought up to date from the paths a watcher saw change, instead of walking the
 * whole folder again. It gives up (null) whenever the paths cannot tell the whole story: the content folder itself
 * changed, a folder appeared or changed, or a changed path was a folder that held listed articles.
 *
 * @param listing the article files now, sorted as {@link ContentReader#listArticles()} sorts them
 * @param changed the changed paths inside the content folder, named as the listing names files
 */
record ListingUpdate(TreeSet<Path> listing, Set<Path> changed) {

    /** The listing after the changes, or null when only a full listing can be trusted. */
    static ListingUpdate apply(Path content, TreeSet<Path> last, Set<Path> changedPaths, ContentReader reader) {
        Path base = content.toAbsolutePath().normalize();
        TreeSet<Path> listing = new TreeSet<>(last);
        Set<Path> changed = new HashSet<>();
        for (Path changedPath : changedPaths) {
            Path absolute = changedPath.toAbsolutePath().normalize();
            if (!absolute.startsWith(base)) {
                continue; // the templates folder: it never holds articles
            }
            if (absolute.equals(base)) {
                return null;
            }
            Path path = content.resolve(base.relativize(absolute).toString());
            if (Files.isDirectory(path) || holdsListed(listing, path)) {
                return null;
            }
            changed.add(path);
            if (reader.isArticle(path)) {
                listing.add(path);
            } else {
                listing.remove(path);
            }
        }
        return new ListingUpdate(listing, changed);
    }

    /**
     * Whether a listed file lies below {@code path}: it was a folder, now gone or replaced by a file. Paths sort by
     * their text, so every path that begins with this one's text follows it in a single run.
     */
    private static boolean holdsListed(TreeSet<Path> listing, Path path) {
        String prefix = path.toString();
        for (Path listed : listing.tailSet(path, false)) {
            if (!listed.toString().startsWith(prefix)) {
                return false;
            }
            if (listed.startsWith(path)) {
                return true;
            }
        }
        return false;
    }
}
