package id.warta.site;

import id.warta.model.Article;
import id.warta.search.IndexFile;
import id.warta.search.SearchEntry;
import id.warta.search.SearchIndex;
import java.util.ArrayList;
import java.util.List;

/** The search page, {@code cari/index.html}, and the index files it reads (see {@link SearchIndex}). */
final class SearchSection {
    static final String PAGE = "cari/index.html";

    private SearchSection() {
    }

    static Page page(Heads heads) {
        List<LinkView> crumbs = List.of(new LinkView("Beranda", "index.html"), new LinkView("Cari", null));
        PageInfo info = heads.page(PAGE, "Cari", "Cari berita di arsip situs ini.", crumbs);
        return new Page(PAGE, "cari.ftlh", new SearchPage(info, "../assets/cari.js",
                List.of(new LinkView("Topik", "../tag/index.html"), new LinkView("Sumber", "../sumber/index.html"),
                        new LinkView("Arsip", "../arsip/index.html"))));
    }

    /** The index of every shown article; an article's document number is its place newest first. */
    static List<SiteFile> files(SiteIndex index) {
        List<SearchEntry> entries = new ArrayList<>();
        for (Article article : index.ordered) {
            String date = article.date() == null ? null
                    : article.date().atZoneSameInstant(index.config.timezone()).toLocalDate().toString();
            entries.add(new SearchEntry(article, index.path(article), date, index.day(article)));
        }
        List<SiteFile> files = new ArrayList<>();
        for (IndexFile file : new SearchIndex().files(entries)) {
            byte[] bytes = file.bytes();
            files.add(new SiteFile(file.path(), () -> bytes));
        }
        return files;
    }
}
