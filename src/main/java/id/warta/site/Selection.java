package id.warta.site;

import id.warta.model.Article;
import java.time.Instant;
import java.util.List;

/**
 * Which parsed articles the site shows: drafts and articles dated after "now" stay out unless asked for.
 *
 * @param now the build's "now" ({@code SOURCE_DATE_EPOCH}, {@code --now}, or the clock); also ends the news window
 * @param drafts whether to show drafts
 * @param future whether to show articles dated after {@code now}
 */
public record Selection(Instant now, boolean drafts, boolean future) {

    /** Shows every article given, at a fixed "now"; for tools and tests that filter themselves. */
    public static Selection everything(Instant now) {
        return new Selection(now, true, true);
    }

    public List<Article> apply(List<Article> articles) {
        return articles.stream()
                .filter(a -> drafts || !a.draft())
                .filter(a -> future || a.date() == null || !a.date().toInstant().isAfter(now))
                .toList();
    }
}
