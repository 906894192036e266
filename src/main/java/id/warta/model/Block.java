package id.warta.model;

/** One element of an article body, in reading order. */
public sealed interface Block permits Block.Paragraph, Block.ReadAlso {

    /** 1-based line in the source file where the block was written. */
    int line();

    /**
     * A body paragraph: one input line, its text unchanged apart from trimming (the lede loses its dateline).
     *
     * @param index 0-based position among the paragraphs
     */
    record Paragraph(int index, String text, int line) implements Block { }

    /**
     * A related-article link that stood between paragraphs ("Baca Juga: ...").
     *
     * @param label the label as written ({@code Baca Juga}), kept for display fidelity
     * @param title the related article's title
     * @param href the link when the input carried one (saved HTML), otherwise null
     * @param afterParagraph index of the paragraph it follows, -1 when it stands before the first
     */
    record ReadAlso(String label, String title, String href, int afterParagraph, int line) implements Block { }
}
