package id.warta.site;

import id.warta.model.Article;

/** Where an article's section (rubrik) and its author are listed, and the kicker that links to the section. */
final class Sections {
    static final String FOLDER = "rubrik/";
    static final String AUTHORS = "penulis/";

    private Sections() {
    }

    /** The article's section, or null when it has none that makes a page. */
    static String of(Article article) {
        String section = article.editorial().section();
        return section == null || Groups.slug(section).isEmpty() ? null : section;
    }

    /** The site path of a section's listing. */
    static String path(String section) {
        return FOLDER + Groups.slug(section) + "/index.html";
    }

    /** The site path of the author's page, or null when the article names none that makes a page. */
    static String authorPath(Article article) {
        String author = article.author();
        return author == null || Groups.slug(author).isEmpty() ? null
                : AUTHORS + Groups.slug(author) + "/index.html";
    }

    /** The kicker above a headline seen from {@code fromPath}: the section, linked; null without one. */
    static LinkView kicker(Article article, Links links, String fromPath) {
        String section = of(article);
        return section == null ? null : new LinkView(section, links.relative(fromPath, path(section)));
    }
}
