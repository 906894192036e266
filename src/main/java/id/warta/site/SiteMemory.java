package id.warta.site;

import id.warta.model.Article;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the last build of a site worked out about placing its articles, kept by the preview server between
 * rebuilds. When the settings are the same and every shown article is placed as before (the same files in the
 * same order, each with the same date, slug, headline, tags and sources), the next build reuses it with the
 * edited articles swapped in; anything else makes it work everything out again. Not for two threads at once.
 */
public final class SiteMemory {
    private SiteConfig config;
    private List<Article> shown;
    private SiteShape shape;

    /**
     * The settings of the last build when equal to {@code config}, else {@code config}: each page of the site
     * compares the settings it was made with against the last build's, and the same object compares at once.
     */
    public SiteConfig canonical(SiteConfig config) {
        return config.equals(this.config) ? this.config : config;
    }

    /** The shape of the site showing {@code shown} (in file order), reused from the last build when it can be. */
    SiteShape shapeFor(SiteConfig config, List<Article> shown) {
        Map<Article, Article> replaced = config.equals(this.config) ? replacements(this.shown, shown) : null;
        SiteShape next = replaced != null ? shape.replacing(replaced) : SiteShape.of(config, shown);
        this.config = config;
        this.shown = List.copyOf(shown);
        this.shape = next;
        return next;
    }

    /** Old article → its new version, for those that are new objects; null when any article moved. */
    private static Map<Article, Article> replacements(List<Article> before, List<Article> now) {
        if (before == null || before.size() != now.size()) {
            return null;
        }
        Map<Article, Article> replaced = new IdentityHashMap<>();
        for (int i = 0; i < now.size(); i++) {
            Article old = before.get(i);
            Article current = now.get(i);
            if (old != current) {
                if (!SiteShape.samePlacement(old, current)) {
                    return null;
                }
                replaced.put(old, current);
            }
        }
        return replaced;
    }
}
