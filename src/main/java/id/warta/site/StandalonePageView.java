package id.warta.site;

import java.util.List;

/**
 * The model of a standalone page ({@code halaman.ftlh}): Redaksi, Tentang, Kontak, Pedoman Media Siber.
 *
 * @param info the layout's fields
 * @param title the page's heading
 * @param blocks headings and paragraphs in order
 */
public record StandalonePageView(PageInfo info, String title, List<Block> blocks) {

    public StandalonePageView {
        blocks = List.copyOf(blocks);
    }

    /**
     * A subheading or a paragraph, as runs of plain text and links.
     *
     * @param heading whether it is a subheading
     * @param runs the text in order
     */
    public record Block(boolean heading, List<Run> runs) {
        public Block {
            runs = List.copyOf(runs);
        }
    }

    /**
     * Plain text, or a web address written in the text and linked to itself.
     *
     * @param text the text as written
     * @param href the link, or null for plain text
     */
    public record Run(String text, String href) { }
}
