package id.warta.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The fixture articles' front-matter titles, and the built pages that show them: the site's article pages. */
final class FixtureTitles {
    private FixtureTitles() {
    }

    /** The {@code title:} of every article file of {@code content}, in file order. */
    static List<String> of(Path content) {
        List<String> titles = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".txt"))
                    .filter(p -> !content.relativize(p).startsWith("halaman")).sorted().toList()) {
                Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .filter(line -> line.startsWith("title: "))
                        .findFirst()
                        .ifPresent(line -> titles.add(line.substring("title: ".length()).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return titles;
    }

    /** A built page whose {@code h1} is one of the fixture titles. */
    record ArticlePage(Path file, String title, Document document) {
    }

    /** The article page of each fixture title; a title without a page is left out (a test asserts there is none). */
    static List<ArticlePage> articlePages(BuiltSite site) {
        List<String> titles = of(site.content());
        List<ArticlePage> pages = new ArrayList<>();
        for (Path file : site.htmlPages()) {
            Document document = Jsoup.parse(site.read(file), file.toUri().toString());
            Element h1 = document.selectFirst("h1");
            if (h1 != null && titles.contains(h1.text())) {
                pages.add(new ArticlePage(file, h1.text(), document));
            }
        }
        return pages;
    }
}
