package id.warta.site;

/**
 * One output file described as data: where it goes, which template renders it, and what the template sees.
 *
 * @param outputPath site-relative path with {@code /} separators, e.g. {@code berita/index.html}
 * @param template template file name under templates/, e.g. {@code article.ftlh}
 * @param model the view the template sees as {@code page}
 */
public record Page(String outputPath, String template, Object model) { }
