package id.warta.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What each page's view was in the last successful build, for the preview server: a page whose view (records,
 * compared by value) and template are unchanged renders to the same bytes, so it is neither rendered nor compared
 * with its file again. Any change under the templates folder, or a failed build, forgets everything.
 *
 * <p>Pages are remembered by their position in the site's page list, which an edit that adds or removes no page
 * leaves as it was, so most look-ups are an array access; a page found elsewhere is looked up by its path.
 *
 * <p>It trusts that nothing but this server changed the output folder since its last build.
 */
final class PageCache {
    private record Rendered(String path, String template, Object model) { }

    private static final Rendered[] NOTHING = new Rendered[0];

    private Rendered[] last = NOTHING;
    /** The last build's pages by path, made only when a page is not where it was. */
    private Map<String, Rendered> lastByPath;
    private Rendered[] current = NOTHING;
    private String templatesStamp;

    /**
     * Starts a build of {@code pages} pages; forgets the last one when a template or asset changed.
     *
     * @return whether every template and asset is as the last successful build found them
     */
    boolean start(Path templates, int pages) {
        String stamp = stamp(templates);
        boolean same = stamp != null && stamp.equals(templatesStamp) && last.length > 0;
        if (!same) {
            forgetLast();
        }
        templatesStamp = stamp;
        current = new Rendered[pages];
        return same;
    }

    /**
     * Records the view of the page at {@code index} for the next build; true when the last build rendered the very
     * same there. Safe to call from several threads, once per index.
     */
    boolean unchanged(int index, String path, String template, Object model) {
        Rendered now = new Rendered(path, template, model);
        current[index] = now;
        Rendered before = index < last.length ? last[index] : null;
        if (before == null || !before.path().equals(path)) {
            before = lastByPath().get(path);
        }
        return now.equals(before);
    }

    /** The build was committed: its views are what the output folder now shows. */
    void succeeded() {
        last = current;
        lastByPath = null;
        current = NOTHING;
    }

    /** The build failed or was not written: assume nothing about the output folder. */
    void failed() {
        forgetLast();
        templatesStamp = null;
        current = NOTHING;
    }

    private void forgetLast() {
        last = NOTHING;
        lastByPath = null;
    }

    private synchronized Map<String, Rendered> lastByPath() {
        if (lastByPath == null) {
            Map<String, Rendered> byPath = new HashMap<>();
            for (Rendered rendered : last) {
                if (rendered != null) {
                    byPath.put(rendered.path(), rendered);
                }
            }
            lastByPath = byPath;
        }
        return lastByPath;
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
