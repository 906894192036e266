package id.warta.site;

import java.util.List;

/**
 * The model of {@code robots.txt.ftl}.
 *
 * @param sitemaps absolute URLs of the sitemaps, empty without a base URL
 */
public record RobotsPage(List<String> sitemaps) {

    public RobotsPage {
        sitemaps = List.copyOf(sitemaps);
    }
}
