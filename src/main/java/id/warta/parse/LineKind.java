package id.warta.parse;

/**
 * What one source line is. The classifier assigns the first guess; later rules (foot peeling, the head of the body)
 * refine it. The final kind of every non-blank line is where that line went, which is how tests prove nothing is lost.
 */
enum LineKind {
    /** Empty or white space only; carries nothing. */
    BLANK,
    /** Ordinary text: becomes a paragraph unless a later rule claims it. */
    TEXT,
    /** A body paragraph. */
    PARAGRAPH,
    /** The title line that opened the body and became the headline. */
    HEADLINE,
    /** A line holding only a dateline ({@code Jakarta, CNN Indonesia}), kept as the article's dateline. */
    DATELINE,
    /** A byline before the dateline ({@code Laporan wartawan Tribunnews.com, Nama}), kept as a credit role. */
    BYLINE,
    /** A read-also line with its label and title on the same line. */
    READ_ALSO,
    /** A read-also label alone ({@code Berita Terkait}); the titles follow. */
    READ_ALSO_LABEL,
    /** A related title under a lone read-also label. */
    READ_ALSO_TITLE,
    /** Page furniture (ADVERTISEMENT, embeds), listed in {@code Article.noise()}. */
    NOISE,
    /** A closing marker such as {@code (*)}. */
    END_MARKER,
    /** Editor initials such as {@code (rfs/jbr)}. */
    INITIALS,
    /** A credit role line such as {@code Editor: Nama}. */
    CREDIT,
    /** A copyright line. */
    COPYRIGHT,
    /** A syndication footer naming where the article first appeared. */
    SYNDICATION,
    /** An app or channel promo. */
    BOILERPLATE,
    /** A line a browser broke off, joined back into the line before it. */
    JOINED,
    /** A tag of the page's tag list copied under the article. */
    TAG
}
