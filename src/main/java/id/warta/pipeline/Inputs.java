package id.warta.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A hash of everything besides the articles that shapes the rendered pages: every file under the templates folder,
 * site.yaml, and the build's options. Remembered pages are only compared under the same hash, so a template edit
 * re-renders every page even where the view is the same.
 */
final class Inputs {

    private Inputs() {
    }

    static String key(BuildOptions options) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.valueOf(List.of(String.valueOf(options.baseUrl()), options.drafts(),
                    options.future(), String.valueOf(options.now()))).getBytes(StandardCharsets.UTF_8));
            addFile(digest, options.content().resolve(SiteConfigLoader.FILE_NAME), "site.yaml");
            if (Files.isDirectory(options.templates())) {
                try (Stream<Path> walk = Files.walk(options.templates())) {
                    for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                        addFile(digest, file, options.templates().relativize(file).toString());
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | UncheckedIOException e) {
            return "unreadable-" + System.nanoTime(); // matches nothing remembered: every page is rendered
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void addFile(MessageDigest digest, Path file, String name) throws IOException {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        if (Files.isRegularFile(file)) {
            byte[] bytes = Files.readAllBytes(file);
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) 0);
            digest.update(bytes);
        }
    }
}
