package id.warta.bench;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * What is decided about an article before its body is written, for the whole corpus at once: read-also lines and
 * syndication footers name other articles' titles, so every title must exist before any body does.
 *
 * @param index position in the corpus, 0-based
 * @param fileName the Warta file name, like the seed article's {@code 000_1a02eec7eecc1808.txt}
 * @param topic the desk the article comes from
 * @param title the headline, unique in the corpus, also as a slug
 * @param slug the URL name Warta derives from the title; the Hugo file is named after it so paths match
 * @param date publication time in Asia/Jakarta
 * @param tags one to three tags of the topic
 * @param author the author, or null (about half the articles have none)
 */
record PlannedArticle(int index, String fileName, Topics.Topic topic, String title, String slug, ZonedDateTime date,
                      List<String> tags, String author) {
}
