package id.warta.cli;

import id.warta.output.SiteWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pages of a built site by kind, read from the list of files the writer keeps in the output folder, so the
 * report needs nothing from the pipeline beyond its result. A page's kind comes from its path: {@code index.html}
 * and {@code page/N/} are the index, {@code 404.html} the not-found page, pages under {@code tag/}, {@code sumber/},
 * {@code arsip/}, {@code rubrik/}, {@code penulis/} and {@code halaman/} take that folder's name, and every other
 * page is an article.
 *
 * @param pagesByKind number of HTML pages per kind, in display order
 * @param otherFiles files that are not HTML pages (style sheets, feeds, images)
 */
record SiteInventory(Map<String, Integer> pagesByKind, int otherFiles) {
    static final SiteInventory UNKNOWN = new SiteInventory(Map.of(), 0);
    private static final List<String> FIRST = List.of("article", "index");
    /** Folders of listing pages; every other page is an article, whatever its permalink's depth. */
    private static final List<String> SECTIONS = List.of("tag", "sumber", "arsip", "rubrik", "penulis", "halaman",
            "cari", "tokoh", "lembaga", "tempat");

    static SiteInventory of(Path output) {
        Path marker = output.resolve(SiteWriter.MARKER);
        try {
            return fromPaths(Files.readAllLines(marker, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return UNKNOWN;
        }
    }

    static SiteInventory fromPaths(List<String> paths) {
        Map<String, Integer> counts = new TreeMap<>();
        int other = 0;
        for (String path : paths) {
            if (path.isBlank()) {
                continue;
            }
            if (path.endsWith(".html")) {
                counts.merge(kind(path.strip()), 1, Integer::sum);
            } else {
                other++;
            }
        }
        List<String> order = new ArrayList<>(counts.keySet());
        order.sort(Comparator.comparing((String k) -> k.equals("404"))
                .thenComparing(k -> FIRST.contains(k) ? FIRST.indexOf(k) : FIRST.size())
                .thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> ordered = new java.util.LinkedHashMap<>();
        order.forEach(k -> ordered.put(k, counts.get(k)));
        return new SiteInventory(ordered, other);
    }

    private static String kind(String path) {
        String[] segments = path.split("/");
        if (segments.length == 1) {
            return path.equals("index.html") ? "index" : path.equals("404.html") ? "404"
                    : path.substring(0, path.length() - ".html".length());
        }
        if (segments[0].equals("page")) {
            return "index";
        }
        return SECTIONS.contains(segments[0]) ? segments[0] : "article";
    }
}
