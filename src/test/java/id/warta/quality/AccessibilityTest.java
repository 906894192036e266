package id.warta.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Accessibility basics on every page: lang="id", one h1, the landmarks, alt text; articles inside article. */
class AccessibilityTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("id.warta.quality.BuiltSite#shared")
    void everyPageHasLanguageOneHeadingLandmarksAndAltText(BuiltSite site) {
        List<String> problems = new ArrayList<>();
        for (Path file : site.htmlPages()) {
            problems.addAll(problems(site + "/" + site.relative(file), Jsoup.parse(site.read(file))));
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("id.warta.quality.BuiltSite#sharedFixtures")
    void everyArticleIsAnArticleLandmarkHoldingItsHeadline(BuiltSite site) {
        List<FixtureTitles.ArticlePage> pages = FixtureTitles.articlePages(site);
        assertEquals(FixtureTitles.of(site.content()).size(), pages.size(),
                () -> site + ": every fixture article needs exactly one page whose h1 is its title");
        List<String> problems = new ArrayList<>();
        for (FixtureTitles.ArticlePage page : pages) {
            Element h1 = page.document().selectFirst("h1");
            if (h1.closest("main article") == null) {
                problems.add(site + "/" + site.relative(page.file()) + ": the h1 is not inside main > article");
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @org.junit.jupiter.api.Test
    void checksNameEveryMissingBasic() {
        Document page = Jsoup.parse("<html lang=en><body><h1>a</h1><h1>b</h1><img src=x.jpg></body></html>");
        assertEquals(List.of(
                "p: <html lang> is `en`, expected `id`",
                "p: has 2 h1 elements, expected exactly one",
                "p: has no <header> landmark",
                "p: has no <main> landmark",
                "p: has no <nav> landmark",
                "p: has no <footer> landmark",
                "p: <img src=\"x.jpg\"> has no alt text"), problems("p", page));
    }

    static List<String> problems(String name, Document page) {
        List<String> problems = new ArrayList<>();
        String lang = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang");
        if (!"id".equals(lang)) {
            problems.add(name + ": <html lang> is `" + lang + "`, expected `id`");
        }
        int h1s = page.select("h1").size();
        if (h1s != 1) {
            problems.add(name + ": has " + h1s + " h1 elements, expected exactly one");
        }
        for (String landmark : List.of("header", "main", "nav", "footer")) {
            if (page.select(landmark).isEmpty()) {
                problems.add(name + ": has no <" + landmark + "> landmark");
            }
        }
        if (page.select("main").size() > 1) {
            problems.add(name + ": has more than one <main>");
        }
        for (Element img : page.select("img")) {
            boolean decorative = "presentation".equals(img.attr("role")) || "true".equals(img.attr("aria-hidden"));
            if (!decorative && img.attr("alt").isBlank()) {
                problems.add(name + ": <img src=\"" + img.attr("src") + "\"> has no alt text");
            }
        }
        return problems;
    }
}
