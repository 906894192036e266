package id.warta.bench;

/** One line of a generated article body, kept as data so that the Warta text and the Hugo Markdown say the same. */
sealed interface BodyPart {

    /** The first paragraph, after the outlet's dateline (empty for outlets that write none). */
    record Lede(String dateline, String text) implements BodyPart { }

    /** An ordinary paragraph: narration, a quote, an attribution. */
    record Paragraph(String text) implements BodyPart { }

    /** A "Baca juga:" line naming another article of the corpus. */
    record ReadAlso(String label, String title, String slug) implements BodyPart { }

    /** Scraper residue such as {@code ADVERTISEMENT}; only the Warta text has it, a Hugo author would not. */
    record Noise(String text) implements BodyPart { }

    /** A closing marker or credit line at the foot: {@code (*)}, {@code Editor: Nama}. */
    record Closing(String text) implements BodyPart { }
}
