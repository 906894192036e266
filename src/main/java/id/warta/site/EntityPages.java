package id.warta.site;

import id.warta.entity.EntityKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The pages of people, institutions and places: an index of each kind ({@code tokoh/index.html}), each topic's
 * paginated listing newest first ({@code tokoh/mark-milley/}) and, with a base URL, its feed.
 */
final class EntityPages {
    private final SiteIndex index;
    private final Listings listings;
    private final Feeds feeds;

    EntityPages(SiteIndex index, Listings listings, Feeds feeds) {
        this.index = index;
        this.listings = listings;
        this.feeds = feeds;
    }

    List<Page> pages(EntityTopics topics) {
        List<Page> pages = new ArrayList<>();
        for (EntityKind kind : EntityKind.values()) {
            String folder = kind.folder() + "/";
            List<Group> groups = topics.groups(kind);
            pages.add(listings.terms(folder, kind.label(), intro(kind), groups));
            List<LinkView> crumbs = List.of(new LinkView("Beranda", "index.html"),
                    new LinkView(kind.label(), folder + "index.html"));
            boolean feed = index.config.hasBaseUrl();
            for (Group group : groups) {
                String groupFolder = folder + group.slug() + "/";
                pages.addAll(listings.paginate(groupFolder, group.name(), kind.label() + ": " + group.name(),
                        group.articles(), crumbs, feed ? groupFolder + "feed.xml" : null));
                if (feed) {
                    pages.add(feeds.group(groupFolder, group, "Berita terbaru tentang " + group.name()));
                }
            }
        }
        return pages;
    }

    private static String intro(EntityKind kind) {
        return switch (kind) {
            case PERSON -> "Tokoh yang disebut dalam berita di situs ini.";
            case INSTITUTION -> "Lembaga, partai dan perusahaan yang disebut dalam berita di situs ini.";
            case PLACE -> "Tempat yang diberitakan di situs ini.";
        };
    }
}
