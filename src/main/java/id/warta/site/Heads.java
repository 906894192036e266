package id.warta.site;

import id.warta.card.CardPainter;
import id.warta.model.Article;
import java.util.ArrayList;
import java.util.List;

/** Builds each page's {@link PageInfo}: title, description, navigation, canonical URL, Open Graph, breadcrumbs. */
final class Heads {
    private final SiteIndex index;
    private final Masthead masthead;

    Heads(SiteIndex index) {
        this(index, Masthead.NONE);
    }

    Heads(SiteIndex index, Masthead masthead) {
        this.index = index;
        this.masthead = masthead;
    }

    /** A listing or index page. {@code crumbs} hold site paths, the last one (this page) with a null href. */
    PageInfo page(String path, String title, String description, List<LinkView> crumbs) {
        MetaView meta = new MetaView("website", index.links.absolute(path), index.config.title(),
                index.config.ogLocale(), index.imageUrl(index.config.publisherLogo()), null, null, null, null,
                List.of(), null, "summary");
        return info(path, title, description, meta, crumbs);
    }

    PageInfo article(Article article, String path, List<LinkView> crumbs) {
        String date = index.dateIso(article);
        String image = index.shareImage(article);
        boolean card = index.cardPath(article) != null;
        MetaView meta = new MetaView("article", index.links.absolute(path), index.config.title(),
                index.config.ogLocale(), image,
                image == null ? null : article.imageCaption() != null ? article.imageCaption() : article.headline(),
                date, index.modifiedIso(article), article.author(), article.tags(), section(article),
                image == null ? "summary" : "summary_large_image", card ? CardPainter.WIDTH : null,
                card ? CardPainter.HEIGHT : null);
        return info(path, article.headline(), index.description(article), meta, crumbs);
    }

    /** The article's section (rubrik), else its first tag, else null: what {@code article:section} names. */
    static String section(Article article) {
        String section = Sections.of(article);
        return section != null ? section : article.tags().isEmpty() ? null : article.tags().get(0);
    }

    /** Beranda › section (else first tag) › headline, as site paths. */
    static List<LinkView> articleCrumbs(Article article) {
        List<LinkView> crumbs = new ArrayList<>();
        crumbs.add(new LinkView("Beranda", "index.html"));
        String section = Sections.of(article);
        if (section != null) {
            crumbs.add(new LinkView(section, Sections.path(section)));
        } else if (!article.tags().isEmpty()) {
            String tag = article.tags().get(0);
            crumbs.add(new LinkView(tag, "tag/" + Groups.slug(tag) + "/index.html"));
        }
        crumbs.add(new LinkView(article.headline(), null));
        return crumbs;
    }

    private PageInfo info(String path, String title, String description, MetaView meta, List<LinkView> crumbs) {
        Links links = index.links;
        boolean feeds = index.config.hasBaseUrl();
        List<LinkView> nav = List.of(new LinkView("Beranda", links.relative(path, "index.html")),
                new LinkView("Topik", links.relative(path, "tag/index.html")),
                new LinkView("Sumber", links.relative(path, "sumber/index.html")),
                new LinkView("Arsip", links.relative(path, "arsip/index.html")));
        List<LinkView> relativeCrumbs = crumbs.stream()
                .map(c -> new LinkView(c.label(), c.href() == null ? null : links.relative(path, c.href())))
                .toList();
        return new PageInfo(title, description, index.config.language(), index.config.title(),
                links.relative(path, "index.html"), links.relative(path, "assets/style.css"), links.absolute(path),
                nav, feeds ? links.relative(path, "feed.xml") : null, feeds ? links.relative(path, "atom.xml") : null,
                meta, relativeCrumbs, null, relative(masthead.sections(), path), relative(masthead.pages(), path));
    }

    private List<LinkView> relative(List<LinkView> sitePaths, String path) {
        return sitePaths.stream().map(l -> new LinkView(l.label(), index.links.relative(path, l.href()))).toList();
    }
}
