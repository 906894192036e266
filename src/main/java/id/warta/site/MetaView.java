package id.warta.site;

import java.util.List;

/**
 * Open Graph and Twitter card fields of a page; every URL is absolute or null (then the tag is left out).
 *
 * @param ogType {@code article} or {@code website}
 * @param url the page's absolute URL, or null without a base URL
 * @param siteName the site's name
 * @param locale {@code id_ID}
 * @param image absolute image URL, or null
 * @param imageAlt text of the image, or null
 * @param publishedTime ISO-8601 with offset, or null
 * @param modifiedTime ISO-8601 with offset, or null
 * @param author the author's name, or null
 * @param tags the article's tags
 * @param section the article's section (its first tag), or null
 * @param twitterCard {@code summary_large_image} with an image, else {@code summary}
 * @param imageWidth the image's width in pixels when known (a social card's), else null
 * @param imageHeight the image's height in pixels when known, else null
 */
public record MetaView(String ogType, String url, String siteName, String locale, String image, String imageAlt,
                       String publishedTime, String modifiedTime, String author, List<String> tags, String section,
                       String twitterCard, Integer imageWidth, Integer imageHeight) {

    public MetaView {
        tags = List.copyOf(tags);
    }

    /** Fields of an image of unknown size. */
    public MetaView(String ogType, String url, String siteName, String locale, String image, String imageAlt,
                    String publishedTime, String modifiedTime, String author, List<String> tags, String section,
                    String twitterCard) {
        this(ogType, url, siteName, locale, image, imageAlt, publishedTime, modifiedTime, author, tags, section,
                twitterCard, null, null);
    }
}
