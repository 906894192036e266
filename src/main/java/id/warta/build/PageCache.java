package id.warta.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What each page's view was in the last successful build, for the preview server: a page whose view (records,
 * compared by value) and template are unchanged renders to the same bytes, so it is neither rendered nor compared
 * with its file again. Any change under the templates folder, or a failed build, forgets everything.
 *
 * <p>It trusts that nothing but this server changed the output folder since its last build.
 */
final class PageCache {
    private record Rendered(String template, Object model) { }

    private Map<String, Rendered> last = Map.of();
    private Map<String, Rendered> current = new ConcurrentHashMap<>();
    private String templatesStamp;

    /**
     * Starts a build; forgets the last one when a template or asset changed.
     *
     * @return whether every template and asset is as the last successful build found them
     */
    boolean start(Path templates) {
        String stamp = stamp(templates);
        boolean same = stamp != null && stamp.equals(templatesStamp) && !last.isEmpty();
        if (!same) {
            last = Map.of();
        }
        templatesStamp = stamp;
        current.clear();
        return same;
    }

    /** Records the page's view for the next build; true when the last build rendered the very same. */
    boolean unchanged(String path, String template, Object model) {
        Rendered now = new Rendered(template, model);
        current.put(path, now);
        return now.equals(last.get(path));
    }

    /** The build was committed: its views are what the output folder now shows. */
    void succeeded() {
        last = current;
        current = new ConcurrentHashMap<>(last.size() * 2);
    }

    /** The build failed or was not written: assume nothing about the output folder. */
    void failed() {
        last = Map.of();
        templatesStamp = null;
        current.clear();
    }

    /** Every file under the templates folder with its size and modification time; null when unreadable. */
    private static String stamp(Path templates) {
        try (Stream<Path> walk = Files.walk(templates)) {
            StringBuilder stamp = new StringBuilder();
            for (Path file : walk.sorted().toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                stamp.append(file).append('\t').append(attributes.size()).append('\t')
                        .append(attributes.lastModifiedTime()).append('\n');
            }
            return stamp.toString();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
