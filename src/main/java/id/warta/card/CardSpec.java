package id.warta.card;

import java.util.Objects;

/**
 * Everything a card shows, and so everything its bytes depend on: two equal specs always give byte-identical
 * PNGs, which makes a spec the key a cache of cards can keep them by.
 *
 * @param headline the article's headline, as written (cleaned for the font when drawn)
 * @param siteName the site's name, shown at the top
 * @param date the publication date as the site shows it ({@code Kamis, 21 November 2024}), or null
 * @param label the first tag (or section), shown above the headline, or null
 * @param theme the colours
 */
public record CardSpec(String headline, String siteName, String date, String label, CardTheme theme) {
    public CardSpec {
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(theme, "theme");
    }
}
