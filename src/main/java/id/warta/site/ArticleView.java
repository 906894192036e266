package id.warta.site;

import java.util.List;

/**
 * An article page's content as the template shows it; every string is plain text for the template to escape.
 *
 * @param headline the headline
 * @param dateline the lede's bold opening as the outlet wrote it, separator included ({@code JAKARTA, KOMPAS.com -}),
 *     or null
 * @param dateIso ISO-8601 date with offset, or null
 * @param dateDisplay {@code Kamis, 19 Mei 2022 14:30 WIB}, or null
 * @param readingTime {@code 3 menit baca}
 * @param author the author, or null
 * @param body paragraphs, quotes and read-also boxes in order
 * @param sources attribution sources, each linking to its page
 * @param credits credit lines
 * @param endMarker closing marker, or null
 * @param tags tags, each linking to its page
 * @param image the illustration, or null
 * @param related up to five related articles
 * @param older the previous (older) article, or null
 * @param newer the next (newer) article, or null
 * @param section the section (rubrik) as the kicker, linking to its page, or null
 * @param authorHref the author's page, or null
 * @param updatedIso ISO-8601 time of the last update, or null when never updated
 * @param updatedDisplay {@code Jumat, 22 November 2024 10:15 WIB}, or null
 */
public record ArticleView(String headline, String dateline, String dateIso, String dateDisplay, String readingTime,
                          String author, List<BodyView> body, List<LinkView> sources, List<CreditView> credits,
                          String endMarker, List<LinkView> tags, ImageView image, List<TeaserView> related,
                          LinkView older, LinkView newer, LinkView section, String authorHref,
                          String updatedIso, String updatedDisplay) {

    public ArticleView {
        body = List.copyOf(body);
        sources = List.copyOf(sources);
        credits = List.copyOf(credits);
        tags = List.copyOf(tags);
        related = List.copyOf(related);
    }
}
