package id.warta.parse;

import id.warta.model.Article;
import id.warta.model.Block;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Gives read-also blocks their URLs from front matter {@code links:} (title to URL), since the text format has
 * none. The parser applies it last; only http(s) URLs become links, whatever the file says.
 */
final class ReadAlsoLinks {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u200b\\ufeff]+");

    private ReadAlsoLinks() {
    }

    /** The article with each link-less read-also block whose title is a key of {@code links} given that URL. */
    static Article apply(Article article, Map<String, String> links) {
        if (links.isEmpty() || article.readAlso().isEmpty()) {
            return article;
        }
        Map<String, String> byTitle = new HashMap<>();
        links.forEach((title, url) -> {
            if (WebUrls.isWebUrl(url)) {
                byTitle.putIfAbsent(key(title), url.strip());
            }
        });
        List<Block> body = article.body().stream().map(block -> withHref(block, byTitle)).toList();
        return new Article(article.source(), article.headline(), article.headlineSource(), article.slug(),
                article.dateline(), article.date(), article.author(), article.description(), article.tags(),
                article.draft(), article.image(), article.imageCaption(), body, article.attributions(),
                article.quotes(), article.credits(), article.endMarker(), article.noise(), article.problems(),
                article.editorial());
    }

    private static Block withHref(Block block, Map<String, String> byTitle) {
        if (block instanceof Block.ReadAlso readAlso && readAlso.href() == null) {
            String href = byTitle.get(key(readAlso.title()));
            if (href != null) {
                return new Block.ReadAlso(readAlso.label(), readAlso.title(), href, readAlso.afterParagraph(),
                        readAlso.line());
            }
        }
        return block;
    }

    /** Titles match regardless of spacing and letter case, as an editor may retype either. */
    private static String key(String title) {
        return SPACES.matcher(title).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

}
