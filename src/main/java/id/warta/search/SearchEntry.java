package id.warta.search;

import id.warta.model.Article;

/**
 * One published article as the index sees it.
 *
 * @param article the article
 * @param path its page, site-relative ({@code 2024/05/banjir-bandang.html})
 * @param date its day as {@code yyyy-MM-dd} in the site's zone, or null when undated
 * @param day the same day as pages show it ({@code Kamis, 16 Mei 2024}), or null
 */
public record SearchEntry(Article article, String path, String date, String day) {
}
