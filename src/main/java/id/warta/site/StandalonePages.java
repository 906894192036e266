package id.warta.site;

import id.warta.model.StandalonePage;
import id.warta.parse.WebUrls;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone pages under {@code halaman/<slug>/}: in the footer of every page and in the sitemap, never in
 * listings, feeds or the news sitemap.
 */
final class StandalonePages {
    static final String FOLDER = "halaman/";
    /** A web address in the page's text; a full stop or comma right after it ends the sentence, not the address. */
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+?(?=[.,;:!?)]*(?:\\s|$))");

    private final List<StandalonePage> pages;

    StandalonePages(List<StandalonePage> pages) {
        this.pages = List.copyOf(pages);
    }

    static String path(StandalonePage page) {
        return FOLDER + page.slug() + "/index.html";
    }

    /** Each page's title and site path, for the footer. */
    List<LinkView> links() {
        return pages.stream().map(p -> new LinkView(p.title(), path(p))).toList();
    }

    List<Page> pages(Heads heads) {
        List<Page> out = new ArrayList<>();
        for (StandalonePage page : pages) {
            String path = path(page);
            String description = page.description() != null ? page.description() : page.title();
            out.add(new Page(path, "halaman.ftlh", () -> new StandalonePageView(heads.page(path, page.title(),
                    description, List.of(new LinkView("Beranda", "index.html"), new LinkView(page.title(), null))),
                    page.title(), page.blocks().stream().map(b -> new StandalonePageView.Block(b.heading(),
                    runs(b.text()))).toList())));
        }
        return out;
    }

    /** The text as plain runs and links, each web address linked to itself. */
    static List<StandalonePageView.Run> runs(String text) {
        List<StandalonePageView.Run> runs = new ArrayList<>();
        Matcher url = URL.matcher(text);
        int at = 0;
        while (url.find()) {
            String href = WebUrls.orNull(url.group());
            if (href == null) {
                continue;
            }
            if (url.start() > at) {
                runs.add(new StandalonePageView.Run(text.substring(at, url.start()), null));
            }
            runs.add(new StandalonePageView.Run(url.group(), href));
            at = url.end();
        }
        if (at < text.length()) {
            runs.add(new StandalonePageView.Run(text.substring(at), null));
        }
        return runs;
    }
}
