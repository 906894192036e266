package id.warta.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The pictures a browser's "save page, complete" leaves beside the page, in {@code <name>_files/}: the article's lead
 * picture is copied next to the imported article, so the site shows it from its own files instead of linking the
 * outlet's server. Only a real picture inside that folder is taken; its new name is the article's slug, so nothing
 * from the page decides where a file is written.
 */
public final class SavedPageFiles {
    /** A lead picture larger than this is not a news photo but something else. */
    static final long MAX_PICTURE_BYTES = 20L * 1024 * 1024;
    private static final int MAX_SAME_NAME = 99;
    /** File extensions taken, each with the bytes such a file starts with (RIFF files are checked for WEBP too). */
    private static final Map<String, String> EXTENSIONS = Map.of("jpg", "jpg", "jpeg", "jpg", "png", "png",
            "gif", "gif", "webp", "webp");

    private SavedPageFiles() {
    }

    /** The lead picture saved beside {@code pageFile}, or null when the page links none inside its folder. */
    public static Path leadPicture(Path pageFile, byte[] bytes) {
        Path folder = filesFolder(pageFile);
        if (folder == null || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        List<Element> candidates = new ArrayList<>(page.select("figure img[src], .photo img[src]"));
        for (Element container : ArticleContainers.find(page)) {
            candidates.addAll(container.select("img[src]"));
        }
        for (Element img : candidates) {
            Path picture = inside(folder, pageFile.toAbsolutePath().getParent(), img.attr("src"));
            if (picture != null && kind(picture) != null) {
                return picture;
            }
        }
        return null;
    }

    /**
     * Copies {@code picture} into {@code folder} as {@code <slug>.<ext>} ({@code <slug>-2.<ext>} and on when taken),
     * never over an existing file; returns the new file's name, relative to the folder.
     */
    public static String copyInto(Path picture, Path folder, String slug) throws IOException {
        String extension = kind(picture);
        if (extension == null) {
            throw new IOException(picture + " is not a picture");
        }
        Files.createDirectories(folder);
        for (int n = 1; n <= MAX_SAME_NAME; n++) {
            String name = (n == 1 ? slug : slug + "-" + n) + "." + extension;
            try {
                Files.copy(picture, folder.resolve(name));
                return name;
            } catch (FileAlreadyExistsException e) {
                // the next name, then
            }
        }
        throw new FileAlreadyExistsException(folder.resolve(slug + "." + extension).toString());
    }

    /** {@code berita.html} saves its files in {@code berita_files/}. */
    private static Path filesFolder(Path pageFile) {
        Path name = pageFile.getFileName();
        if (name == null) {
            return null;
        }
        String stem = name.toString().replaceFirst("\\.[^.]*$", "");
        return pageFile.toAbsolutePath().getParent().resolve(stem + "_files");
    }

    /** The file {@code src} names when it lies inside {@code folder} (links followed), or null. */
    private static Path inside(Path folder, Path pageDir, String src) {
        String path = src.strip();
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\")
                || path.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return null;
        }
        try {
            path = URLDecoder.decode(path.replaceAll("[?#].*$", "").replace("+", "%2B"), StandardCharsets.UTF_8);
            Path file = pageDir.resolve(path).normalize();
            if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
                return null;
            }
            return file.toRealPath().startsWith(folder.toRealPath()) ? file : null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The extension to save {@code file} under, when its name and its first bytes agree it is a picture. */
    static String kind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = EXTENSIONS.get(name.substring(name.lastIndexOf('.') + 1));
        byte[] head = new byte[12];
        int read;
        try {
            if (extension == null || Files.size(file) > MAX_PICTURE_BYTES) {
                return null;
            }
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(head, 0, head.length);
            }
        } catch (IOException e) {
            return null;
        }
        String magic = new String(head, 0, read, StandardCharsets.ISO_8859_1);
        boolean matches = switch (extension) {
            case "jpg" -> magic.startsWith("\u00ff\u00d8\u00ff");
            case "png" -> magic.startsWith("\u0089PNG");
            case "gif" -> magic.startsWith("GIF8");
            default -> magic.startsWith("RIFF") && magic.length() >= 12 && magic.substring(8, 12).equals("WEBP");
        };
        return matches ? extension : null;
    }
}
