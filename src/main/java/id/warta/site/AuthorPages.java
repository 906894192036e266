package id.warta.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An author's listing pages carry the author as a schema.org {@code Person}, so search engines know the byline. */
final class AuthorPages {

    private AuthorPages() {
    }

    /**
     * The pages of {@code penulis/}: each author's listing with its Person JSON-LD, the index of authors as it is.
     *
     * @param pages the pages {@code groupPages} made of {@code authors}
     */
    static List<Page> of(List<Page> pages, List<Group> authors, StructuredData structuredData) {
        Map<String, String> nameByFolder = new HashMap<>();
        for (Group author : authors) {
            nameByFolder.put(Sections.AUTHORS + author.slug() + "/", author.name());
        }
        return pages.stream().map(page -> {
            String path = page.outputPath();
            String folder = path.replaceFirst("^(" + Sections.AUTHORS + "[^/]+/).*$", "$1");
            String name = nameByFolder.get(folder);
            if (name == null) {
                return page;
            }
            return new Page(path, page.template(), () -> {
                ListPage list = (ListPage) page.model();
                return list.withInfo(list.info().withJsonLd(structuredData.forAuthor(name, folder + "index.html")));
            });
        }).toList();
    }
}
