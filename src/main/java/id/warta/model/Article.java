package id.warta.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One parsed article: everything the site needs, nothing about files or templates.
 *
 * @param source the source file as the user named it
 * @param headline the headline, never null
 * @param headlineSource where the headline came from
 * @param slug URL-safe name, unique within a site
 * @param dateline outlet and place at the start of the lede
 * @param date publication date with offset, or null when unknown
 * @param author author from front matter, or null
 * @param description summary from front matter, or null
 * @param tags tags from front matter, in order, without duplicates
 * @param draft whether the author marked it as a draft
 * @param image image path or URL from front matter, or null
 * @param imageCaption caption for the image, or null
 * @param body paragraphs and read-also links in reading order
 * @param attributions distinct outside sources, first mention first
 * @param quotes direct speech, in order
 * @param credits names and origin from the article's foot
 * @param endMarker a closing marker such as {@code (*)}, or null
 * @param noise boilerplate lines dropped from the body, as written
 * @param problems what the parser noticed, each with its line; any error among them stops the build
 * @param editorial section, update time, pick and named people, from front matter or the text
 */
public record Article(
        String source,
        String headline,
        HeadlineSource headlineSource,
        String slug,
        Dateline dateline,
        OffsetDateTime date,
        String author,
        String description,
        List<String> tags,
        boolean draft,
        String image,
        String imageCaption,
        List<Block> body,
        List<String> attributions,
        List<Quote> quotes,
        Credits credits,
        String endMarker,
        List<String> noise,
        List<Problem> problems,
        Editorial editorial) {

    public Article {
        tags = List.copyOf(tags);
        body = List.copyOf(body);
        attributions = List.copyOf(attributions);
        quotes = List.copyOf(quotes);
        noise = List.copyOf(noise);
        problems = List.copyOf(problems);
        editorial = editorial == null ? Editorial.NONE : editorial;
    }

    /** An article with no editorial signals, as plain text without such front matter gives. */
    public Article(String source, String headline, HeadlineSource headlineSource, String slug, Dateline dateline,
                   OffsetDateTime date, String author, String description, List<String> tags, boolean draft,
                   String image, String imageCaption, List<Block> body, List<String> attributions,
                   List<Quote> quotes, Credits credits, String endMarker, List<String> noise,
                   List<Problem> problems) {
        this(source, headline, headlineSource, slug, dateline, date, author, description, tags, draft, image,
                imageCaption, body, attributions, quotes, credits, endMarker, noise, problems, Editorial.NONE);
    }

    /** The body paragraphs alone, in order. */
    public List<Block.Paragraph> paragraphs() {
        return body.stream()
                .filter(Block.Paragraph.class::isInstance)
                .map(Block.Paragraph.class::cast)
                .toList();
    }

    /** The read-also links alone, in order. */
    public List<Block.ReadAlso> readAlso() {
        return body.stream()
                .filter(Block.ReadAlso.class::isInstance)
                .map(Block.ReadAlso.class::cast)
                .toList();
    }
}
