package id.warta.site;

import id.warta.model.Article;
import java.util.ArrayList;
import java.util.List;

/** Makes the home page's {@link FrontPage}: a lead story, the newest by section, and "Pilihan Redaksi". */
final class FrontPages {
    /** Picks shown on the front page; older picks stay in their listings. */
    static final int PICKS = 5;

    private FrontPages() {
    }

    /** The home page's pages with its first page given a front page; the other pages as they are. */
    static List<Page> withFront(List<Page> home, SiteIndex index, List<Group> sections) {
        if (index.ordered.isEmpty()) {
            return home;
        }
        List<Page> pages = new ArrayList<>(home);
        Page first = pages.get(0);
        pages.set(0, new Page(first.outputPath(), first.template(), () ->
                ((ListPage) first.model()).withFront(front(index, sections, first.outputPath()))));
        return pages;
    }

    static FrontPage front(SiteIndex index, List<Group> sections, String path) {
        List<Article> ordered = index.ordered;
        Article lead = ordered.stream().filter(a -> a.editorial().featured()).findFirst().orElse(ordered.get(0));
        List<FrontPage.SectionTeaser> bySection = new ArrayList<>();
        for (Group section : sections) {
            section.articles().stream().filter(a -> a != lead).findFirst().ifPresent(a -> bySection.add(
                    new FrontPage.SectionTeaser(new LinkView(section.name(), index.links.relative(path,
                            Sections.FOLDER + section.slug() + "/index.html")), index.teaser(a, path))));
        }
        List<TeaserView> picks = ordered.stream().filter(a -> a.editorial().featured() && a != lead)
                .limit(PICKS).map(a -> index.teaser(a, path)).toList();
        return new FrontPage(index.teaser(lead, path), bySection, picks);
    }
}
