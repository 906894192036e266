package id.warta.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Which Warta made a cache: its version number and a hash of its own code (the jar, or the compiled classes), so a
 * parse kept by any other build of the parser, even one with the same version number, is never used.
 */
final class CodeVersion {
    private static volatile String current;

    private CodeVersion() {
    }

    /** {@code 0.1.0 3f2a…}: the version number and the code's hash; {@code unknown} parts when not found. */
    static String current() {
        String known = current;
        if (known == null) {
            known = number() + " " + codeHash();
            current = known;
        }
        return known;
    }

    private static String number() {
        Properties properties = new Properties();
        try (InputStream in = CodeVersion.class.getResourceAsStream("/id/warta/cli/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }

    private static String codeHash() {
        try {
            Path code = Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> files;
            if (Files.isDirectory(code)) {
                try (Stream<Path> walk = Files.walk(code)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
            } else {
                files = List.of(code);
            }
            for (Path file : files) {
                digest.update(code.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            // Without its own hash no cache can be trusted to fit this code: a fresh, unrepeatable key.
            return "unhashed-" + System.nanoTime();
        }
    }
}
