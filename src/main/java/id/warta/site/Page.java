package id.warta.site;

import java.util.function.Supplier;

/**
 * One output file described as data: where it goes, which template renders it, and how to make what the template
 * sees. The view is made when the page is rendered, on the rendering thread, so the views of a large archive are
 * never all alive at once.
 *
 * @param outputPath site-relative path with {@code /} separators, e.g. {@code berita/index.html}
 * @param template template file name under templates/, e.g. {@code article.ftlh}
 * @param view makes the view the template sees as {@code page}; may be called more than once, from any thread
 */
public record Page(String outputPath, String template, Supplier<?> view) {

    /** A page whose view is already made. */
    public Page(String outputPath, String template, Object model) {
        this(outputPath, template, (Supplier<Object>) () -> model);
    }

    /** The view the template sees as {@code page}; made anew on each call for lazily built pages. */
    public Object model() {
        return view.get();
    }
}
