package id.warta.model;

import java.util.List;

/**
 * A page of the newsroom that is not news (Redaksi, Tentang, Kontak, Pedoman Pemberitaan Media Siber): no date,
 * dateline or credits, never listed with the articles.
 *
 * @param source the source file as the user named it
 * @param title the page's title, from front matter
 * @param slug URL-safe name, from front matter or the file name
 * @param description summary from front matter, or null
 * @param blocks headings and paragraphs in reading order
 */
public record StandalonePage(String source, String title, String slug, String description, List<Block> blocks) {

    public StandalonePage {
        blocks = List.copyOf(blocks);
    }

    /**
     * One block of the page's text.
     *
     * @param heading whether it is a subheading (a line starting with {@code ## }) rather than a paragraph
     * @param text the text as written, without the {@code ## }
     */
    public record Block(boolean heading, String text) { }
}
