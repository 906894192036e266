package id.warta.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Serves the built site's files: folders as their index.html, misses as the site's 404.html, with live reload. */
final class SiteHandler implements HttpHandler {
    /**
     * Shown while the site has no 404.html yet, that is while the first build runs (or after it failed): it says
     * the site is being built and reloads itself, as live reload also does when the build ends. Fixed text.
     */
    private static final String NOTHING_BUILT = "<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">"
            + "<meta http-equiv=\"refresh\" content=\"2\"><title>Warta</title></head><body><p>Situs sedang"
            + " dibangun… Halaman ini dimuat ulang sendiri setelah selesai.</p></body></html>\n";

    static final String ROOT_BASE = "<base href=\"/\">";

    private final SitePathResolver resolver;

    SiteHandler(Path siteRoot) {
        this.resolver = new SitePathResolver(siteRoot);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                Responses.methodNotAllowed(exchange);
                return;
            }
            SitePathResolver.Resolution resolution = resolver.resolve(exchange.getRequestURI().getPath());
            if (resolution instanceof SitePathResolver.Found found) {
                sendFile(exchange, 200, found.file());
            } else if (resolution instanceof SitePathResolver.Redirect redirect) {
                redirect(exchange, redirect.location());
            } else {
                notFound(exchange);
            }
        } finally {
            exchange.close();
        }
    }

    private void sendFile(HttpExchange exchange, int status, Path file) throws IOException {
        String type = ContentTypes.of(file.getFileName().toString());
        byte[] body = Files.readAllBytes(file);
        Responses.send(exchange, status, type, ContentTypes.isHtml(type) ? LiveReloadScript.inject(body) : body);
    }

    private void notFound(HttpExchange exchange) throws IOException {
        if (resolver.resolve("/404.html") instanceof SitePathResolver.Found page) {
            byte[] body = LiveReloadScript.inject(withRootBase(Files.readAllBytes(page.file())));
            Responses.send(exchange, 404, ContentTypes.of("404.html"), body);
        } else {
            exchange.getResponseHeaders().set("Retry-After", "2");
            Responses.send(exchange, 503, "text/html; charset=utf-8",
                    LiveReloadScript.inject(NOTHING_BUILT.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /**
     * The 404 page answers for any path, however deep, while its relative links are written from the site's root,
     * where the file lies. This server always serves the site at {@code /}, so a {@code <base href="/">} makes those
     * links work at every depth; a page that already has a base, or absolute links, is unaffected.
     */
    static byte[] withRootBase(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        String lower = page.toLowerCase(Locale.ROOT);
        int head = lower.indexOf("<head>");
        if (head < 0 || lower.contains("<base ")) {
            return html;
        }
        int at = head + "<head>".length();
        return (page.substring(0, at) + "\n" + ROOT_BASE + page.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    private static void redirect(HttpExchange exchange, String path) throws IOException {
        String location;
        try {
            location = new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            Responses.plain(exchange, 404, "Not found");
            return;
        }
        exchange.getResponseHeaders().set("Location", location);
        Responses.plain(exchange, 301, "Moved to " + location);
    }
}
