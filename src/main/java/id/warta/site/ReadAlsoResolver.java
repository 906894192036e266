package id.warta.site;

import java.util.Map;

/** Finds the site article a read-also title names, ignoring case and punctuation. */
final class ReadAlsoResolver {
    private final Map<String, String> pathByTitleKey;
    private final Links links;

    /** @param pathByTitleKey output path of each article, keyed by {@link TitleKey} of its headline */
    ReadAlsoResolver(Map<String, String> pathByTitleKey, Links links) {
        this.pathByTitleKey = Map.copyOf(pathByTitleKey);
        this.links = links;
    }

    /** The relative link from {@code fromPath} to the article titled {@code title}, or null when none matches. */
    String link(String title, String fromPath) {
        String target = pathByTitleKey.get(TitleKey.of(title));
        return target == null ? null : links.relative(fromPath, target);
    }

    boolean resolves(String title) {
        return pathByTitleKey.containsKey(TitleKey.of(title));
    }
}
