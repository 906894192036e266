package id.warta.site;

/**
 * An article's illustration.
 *
 * @param src where the image is, relative to the page or an http(s) URL
 * @param alt text for readers who cannot see it
 * @param caption the caption from front matter, or null
 */
public record ImageView(String src, String alt, String caption) { }
