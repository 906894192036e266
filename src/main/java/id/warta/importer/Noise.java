package id.warta.importer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What on a news page is not the article: scripts, embeds, ads, scroll prompts, share bars, comments, navigation. */
final class Noise {
    /** Elements that never carry article text; removed from the whole page before anything is looked for. */
    static final String NEVER_TEXT = "script, style, noscript, template, iframe, frame, object, embed, video, audio,"
            + " svg, canvas, form, input, button, select, textarea, link, meta, base";

    /** Elements inside an article container that are page furniture, not body text. */
    private static final Set<String> FURNITURE_TAGS = Set.of(
            "nav", "aside", "footer", "header", "figure", "figcaption", "picture", "img", "h1", "menu", "dialog");

    /** Class or id words of ads, prompts, embeds, share bars, comments and related-post widgets. */
    private static final Pattern NOISE_NAME = Pattern.compile("(ads?|ad[-_].*|ads[-_].*|.*[-_]ads?|advert.*|iklan.*"
            + "|banner.*|promo.*|.*gpt-ad.*|adsense.*|parallax.*|scroll.*|share.*|sharedaddy|social.*|sosmed.*"
            + "|comments?|comment[-_].*|komentar.*|.*[-_]comments?|disqus.*|respond|jp-relatedposts|related.*|.*[-_]related"
            + "|breadcrumbs?|pagination|paging|newsletter|subscribe.*|embed.*|.*[-_]embed|video.*|instagram-media"
            + "|twitter-tweet|tiktok-embed|sticky.*|tags?|tag-list|.*[-_]tags?|widget.*|sr-only|visually-hidden|hidden)");

    /** Lines that are ad or embed residue even as plain text. */
    private static final Pattern NOISE_LINE = Pattern.compile("(?i)((advertisement|scroll to (continue with|resume)"
            + " content|\\[gambas:[^\\]]*\\])\\s*)+");

    private Noise() {
    }

    static void removeNeverText(Document page) {
        page.select(NEVER_TEXT).remove();
    }

    /** Whether an element inside the article is furniture to skip with everything in it. */
    static boolean isNoise(Element element) {
        if (FURNITURE_TAGS.contains(element.normalName()) || element.hasAttr("hidden")
                || "true".equals(element.attr("aria-hidden"))) {
            return true;
        }
        String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        if (style.contains("display:none") || style.contains("visibility:hidden")) {
            return true;
        }
        for (String name : element.classNames()) {
            if (NOISE_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
                return true;
            }
        }
        return NOISE_NAME.matcher(element.id().toLowerCase(Locale.ROOT)).matches();
    }

    /** Whether a whole line is ad, scroll-prompt or embed residue ({@code ADVERTISEMENT}, {@code [Gambas:Video CNN]}). */
    static boolean isNoiseLine(String line) {
        return NOISE_LINE.matcher(line).matches();
    }
}
