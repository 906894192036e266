package id.warta.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks the links of a built site the way a browser follows them: every internal {@code href}/{@code src} must reach
 * a file of the site (a folder means its {@code index.html}), a {@code #fragment} must name an element of the target
 * page, and an external URL is allowed only when the content itself contains it (a syndication origin, say).
 */
final class SiteLinks {
    private static final Pattern CONTENT_URL = Pattern.compile("https?://[^\\s\"'<>)\\]]+");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");
    /** Attributes that make the browser load or navigate to a URL. */
    private static final String LINKING = "[href], [src], [srcset], [poster], meta[property=og:url], "
            + "meta[property=og:image], meta[name=twitter:image]";

    private final BuiltSite site;
    private final Set<String> contentUrls;

    SiteLinks(BuiltSite site) {
        this.site = site;
        this.contentUrls = urlsInContent(site.content());
    }

    /** Every broken or unwanted link of the site, as {@code page: message}; empty when all is well. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (Path page : site.htmlPages()) {
            Document document = Jsoup.parse(site.read(page));
            for (Element element : document.select(LINKING)) {
                for (String url : urlsOf(element)) {
                    check(page, element.tagName(), url, problems);
                }
            }
        }
        for (Path css : files(".css")) {
            Matcher matcher = CSS_URL.matcher(site.read(css));
            while (matcher.find()) {
                check(css, "css url()", matcher.group(1).strip(), problems);
            }
        }
        return problems;
    }

    private static List<String> urlsOf(Element element) {
        List<String> urls = new ArrayList<>();
        for (String attribute : List.of("href", "src", "poster", "content")) {
            if (element.hasAttr(attribute)) {
                urls.add(element.attr(attribute).strip());
            }
        }
        if (element.hasAttr("srcset")) {
            for (String candidate : element.attr("srcset").split(",")) {
                urls.add(candidate.strip().split("\\s+")[0]);
            }
        }
        return urls;
    }

    /** The theme's share links go to four services only, and each shares the page it is on. */
    private boolean sharesItsOwnPage(Path from, String url) {
        List<String> services = List.of("https://wa.me/?text=", "https://www.facebook.com/sharer/sharer.php?u=",
                "https://x.com/intent/tweet?text=", "https://t.me/share/url?url=");
        if (site.baseUrl() == null || services.stream().noneMatch(url::startsWith)) {
            return false;
        }
        String page = site.relative(from).replace('\\', '/').replaceAll("index\\.html$", "");
        String own = java.net.URLEncoder.encode(site.baseUrl() + page, java.nio.charset.StandardCharsets.UTF_8);
        return url.contains(own);
    }

    private void check(Path from, String what, String url, List<String> problems) {
        String where = site.name() + "/" + site.relative(from) + ": " + what + " `" + url + "`";
        String lower = url.toLowerCase(Locale.ROOT);
        if (url.isEmpty()) {
            problems.add(where + " is empty");
        } else if (lower.startsWith("mailto:") || lower.startsWith("tel:") || lower.startsWith("data:")) {
            return;
        } else if (lower.startsWith("javascript:")) {
            problems.add(where + " runs script from a link");
        } else if (site.baseUrl() != null && url.startsWith(site.baseUrl())) {
            String path = url.substring(site.baseUrl().length());
            checkInternal(where, from, site.root(), path.isEmpty() || path.startsWith("#") ? "./" + path : path,
                    problems);
        } else if (lower.startsWith("http:") || lower.startsWith("https:") || url.startsWith("//")) {
            if (!contentUrls.contains(url) && !sharesItsOwnPage(from, url)) {
                problems.add(where + " points to an external host the content never mentions");
            }
        } else if (url.startsWith("/")) {
            problems.add(where + " is root-relative, which breaks on file:// and under a sub-folder");
        } else if (url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            problems.add(where + " uses an unexpected scheme");
        } else {
            checkInternal(where, from, from.getParent(), url, problems);
        }
    }

    /**
     * Resolves {@code url} (relative to {@code folder}) to a file of the site and checks its fragment; an empty path
     * ({@code #konten}) means the page {@code from} itself.
     */
    private void checkInternal(String where, Path from, Path folder, String url, List<String> problems) {
        String fragment = null;
        int hash = url.indexOf('#');
        if (hash >= 0) {
            fragment = url.substring(hash + 1);
            url = url.substring(0, hash);
        }
        int query = url.indexOf('?');
        if (query >= 0) {
            url = url.substring(0, query);
        }
        Path target = url.isEmpty() ? from : folder.resolve(URLDecoder.decode(url, StandardCharsets.UTF_8)).normalize();
        if (!target.startsWith(site.root())) {
            problems.add(where + " leaves the site folder");
            return;
        }
        if (Files.isDirectory(target) || url.endsWith("/")) {
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
            problems.add(where + " resolves to " + site.relative(target) + ", which does not exist");
            return;
        }
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
                && Jsoup.parse(site.read(target)).getElementById(fragment) == null) {
            problems.add(where + " names #" + fragment + ", which is not an id on " + site.relative(target));
        }
    }

    private List<Path> files(String suffix) {
        try (Stream<Path> walk = Files.walk(site.root())) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** URLs written in the articles' own text: the only external addresses a page may link to. */
    static Set<String> urlsInContent(Path content) {
        Set<String> urls = new LinkedHashSet<>();
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Matcher matcher = CONTENT_URL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    String url = matcher.group().replaceAll("[.,;:]+$", "");
                    urls.add(url);
                    urls.add(URI.create(url).toASCIIString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return urls;
    }
}
