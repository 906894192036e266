package id.warta.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Links that share an article on WhatsApp, Facebook, X and Telegram: plain links to each service's own share
 * address with the article's URL and headline in the query, so no third-party script runs and nothing tracks the
 * reader. They need the article's absolute URL, so pages have them only with a base URL.
 *
 * @param url the article's absolute URL, also the "copy link" link's target
 * @param services one link per service, labelled with its name
 * @param scriptHref the theme's small script that copies {@code url} on "copy link", relative to the page
 */
public record ShareLinks(String url, List<LinkView> services, String scriptHref) {

    public ShareLinks {
        services = List.copyOf(services);
    }

    /** The share links of an article at {@code url}. */
    static ShareLinks of(String headline, String url, String scriptHref) {
        String link = query(url);
        String title = query(headline);
        return new ShareLinks(url, List.of(
                new LinkView("WhatsApp", "https://wa.me/?text=" + query(headline + " " + url)),
                new LinkView("Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + link),
                new LinkView("X", "https://x.com/intent/tweet?text=" + title + "&url=" + link),
                new LinkView("Telegram", "https://t.me/share/url?url=" + link + "&text=" + title)), scriptHref);
    }

    /** Percent-encoding for a query value; spaces as {@code %20}, which every service reads as a space. */
    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
