package id.warta.site;

import java.util.List;

/**
 * The links every page carries besides the main navigation: the sections (rubrik) under the masthead and the
 * standalone pages in the footer, as site paths; {@link Heads} makes them relative to each page.
 *
 * @param sections each section's name and the path of its listing, in the masthead's order
 * @param pages each standalone page's title and path, in the footer's order
 */
record Masthead(List<LinkView> sections, List<LinkView> pages) {
    static final Masthead NONE = new Masthead(List.of(), List.of());

    Masthead {
        sections = List.copyOf(sections);
        pages = List.copyOf(pages);
    }

    /** The masthead of these section groups and standalone pages. */
    static Masthead of(List<Group> sectionGroups, List<LinkView> pages) {
        return new Masthead(sectionGroups.stream().map(g -> new LinkView(g.name(),
                Sections.FOLDER + g.slug() + "/index.html")).toList(), pages);
    }
}
