package id.warta.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The site speaks Indonesian: what readers see and what screen readers announce (aria-label, alt, title) carries
 * none of the English words themes usually ship with. The articles themselves are Indonesian news, so any hit is
 * the theme's own wording.
 */
class ThemeLanguageTest {
    /** English interface words, whole words, as themes write them. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(?:Breadcrumbs?|Home|Next|Previous|Prev|Page|Pages"
            + "|Share|Copy|Copied|Tags|Search|Menu|Skip to|Read more|Read also|Related|Sources|Not found"
            + "|Back to|Navigation|Published|Updated|Author|Archive|Topics|Comments|min read|Loading)\\b");

    @ParameterizedTest(name = "{0}")
    @MethodSource("id.warta.quality.BuiltSite#shared")
    void everyPageSpeaksIndonesianToReadersAndScreenReaders(BuiltSite site) {
        List<String> problems = new ArrayList<>();
        for (Path page : site.htmlPages()) {
            problems.addAll(english(Jsoup.parse(site.read(page)), site + "/" + site.relative(page)));
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void theShareScriptWritesIndonesian() throws Exception {
        String script = Files.readString(Path.of("templates/assets/share.js"));
        List<String> shown = new ArrayList<>();
        Matcher strings = Pattern.compile("textContent\\s*=\\s*'([^']*)'").matcher(script);
        while (strings.find()) {
            shown.add(strings.group(1));
        }
        assertEquals(List.of("Tautan disalin"), shown);
    }

    @Test
    void findsAnEnglishLabelWhereAThemeWouldPutIt() {
        Document page = Jsoup.parse("<nav aria-label=\"Breadcrumb\"><a href=\"./\">Beranda</a></nav>"
                + "<p>Banjir rob merendam Muara Angke.</p><a href=\"../\">Next</a>");
        assertEquals(List.of("p: aria-label \"Breadcrumb\"", "p: text \"Next\""), english(page, "p"));
    }

    private static List<String> english(Document page, String name) {
        List<String> problems = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            for (String attribute : List.of("aria-label", "alt", "title", "placeholder")) {
                if (element.hasAttr(attribute) && ENGLISH.matcher(element.attr(attribute)).find()) {
                    problems.add(name + ": " + attribute + " \"" + element.attr(attribute) + "\"");
                }
            }
            String own = element.ownText();
            if (!element.tagName().equals("script") && ENGLISH.matcher(own).find()) {
                problems.add(name + ": text \"" + own + "\"");
            }
        }
        return problems;
    }
}
