package id.warta.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The theme's static files (templates/assets/), to be copied into the site as they are. */
public final class Assets {

    private Assets() {
    }

    /** Site-relative path → bytes of every regular file under {@code templatesDir/assets}. */
    public static SortedMap<String, byte[]> collect(Path templatesDir) throws OutputException {
        Path assets = templatesDir.resolve("assets");
        SortedMap<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(assets)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(assets)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = assets.relativize(file).toString().replace('\\', '/');
                files.put("assets/" + relative, Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new OutputException("cannot read the theme's assets in " + assets + ": " + WriteFailures.describe(e), e);
        }
        return files;
    }
}
