package id.warta.site;

import java.util.List;

/**
 * One block of an article as the template shows it.
 *
 * @param kind {@code paragraph}, {@code quote} (a paragraph of direct speech) or {@code readAlso}
 * @param text the paragraph text, or the read-also title
 * @param speaker who speaks in a quote paragraph, or null
 * @param label the read-also label ("Baca Juga"), or null
 * @param href where a read-also box links to, or null when the title matched no article
 * @param lede whether this is the first paragraph, which carries the dateline
 * @param parts a paragraph's text split where it writes out web addresses, which the template links; empty for a
 *     read-also box
 */
public record BodyView(String kind, String text, String speaker, String label, String href, boolean lede,
                       List<TextPart> parts) {

    public BodyView {
        parts = List.copyOf(parts);
    }
}
