package id.warta.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import picocli.CommandLine;

/** Checks a {@code --base-url}: absolute http(s), ending in a slash. */
final class BaseUrls {

    private BaseUrls() {
    }

    static String normalise(String url, CommandLine commandLine) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new CommandLine.ParameterException(commandLine, "--base-url must be an absolute http(s) URL"
                        + " such as https://berita.example.id/, not `" + url + "`");
            }
            String text = uri.toString();
            return text.endsWith("/") ? text : text + "/";
        } catch (URISyntaxException e) {
            throw new CommandLine.ParameterException(commandLine, "--base-url is not a valid URL: " + e.getMessage());
        }
    }
}
