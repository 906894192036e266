package id.warta.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The YAML block at the top of an article, with each field as written; interpretation (dates) is the parser's.
 *
 * @param title the headline given by the author, or null
 * @param date the date as typed, or null
 * @param tags tags in order
 * @param author author, or null
 * @param slug slug, or null
 * @param description summary, or null
 * @param outlet outlet name, or null
 * @param draft whether the article is a draft
 * @param image image path or URL, or null
 * @param imageCaption caption, or null
 * @param keyLines the 1-based file line of each key, for messages
 * @param links read-also title to URL, in the order written (plain text carries no URLs, so they travel here)
 * @param rubrik the section as written, or null
 * @param updated the update time as typed, or null
 * @param pilihan whether the editors picked the article
 * @param tokoh people named as the article's subjects, in order
 */
public record FrontMatter(String title, String date, List<String> tags, String author, String slug,
                          String description, String outlet, boolean draft, String image, String imageCaption,
                          Map<String, Integer> keyLines, Map<String, String> links, String rubrik, String updated,
                          boolean pilihan, List<String> tokoh) {

    /** Front-matter keys Warta understands. */
    public static final List<String> KEYS = List.of(
            "title", "date", "tags", "author", "slug", "description", "outlet", "draft", "image", "image_caption", "links",
            "rubrik", "updated", "pilihan", "tokoh");

    public static final FrontMatter NONE =
            new FrontMatter(null, null, List.of(), null, null, null, null, false, null, null, Map.of(), Map.of());

    public FrontMatter {
        tags = List.copyOf(tags);
        keyLines = Map.copyOf(keyLines);
        links = Collections.unmodifiableMap(new LinkedHashMap<>(links));
        tokoh = List.copyOf(tokoh);
    }

    /** Front matter without editorial keys, as imported pages and older files have. */
    public FrontMatter(String title, String date, List<String> tags, String author, String slug, String description,
                       String outlet, boolean draft, String image, String imageCaption, Map<String, Integer> keyLines,
                       Map<String, String> links) {
        this(title, date, tags, author, slug, description, outlet, draft, image, imageCaption, keyLines, links,
                null, null, false, List.of());
    }

    /** Front matter without read-also links, as most articles have. */
    public FrontMatter(String title, String date, List<String> tags, String author, String slug, String description,
                       String outlet, boolean draft, String image, String imageCaption, Map<String, Integer> keyLines) {
        this(title, date, tags, author, slug, description, outlet, draft, image, imageCaption, keyLines, Map.of());
    }

    /** The line of a key, or the given fallback when the key is absent. */
    public int lineOf(String key, int fallback) {
        return keyLines.getOrDefault(key, fallback);
    }
}
