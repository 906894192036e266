package id.warta.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The small script that reloads open pages, and its injection into HTML responses. Only the preview server adds
 * it, to what it sends: files on disk, and so every normal build, never contain it.
 */
final class LiveReloadScript {
    static final String SCRIPT_PATH = "/__warta/reload.js";
    static final String EVENTS_PATH = "/__warta/events";
    static final String TAG = "<script src=\"" + SCRIPT_PATH + "\"></script>";

    private LiveReloadScript() {
    }

    /** The script's source, kept as a resource beside this class. */
    static byte[] source() {
        try (InputStream in = LiveReloadScript.class.getResourceAsStream("reload.js")) {
            if (in == null) {
                throw new IllegalStateException("reload.js is missing from the Warta jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page with the script tag before its last {@code </body>}, or at its end when it has none. */
    static byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int body = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String injected = body < 0 ? page + TAG : page.substring(0, body) + TAG + "\n" + page.substring(body);
        return injected.getBytes(StandardCharsets.UTF_8);
    }
}
