package id.warta.site;

/**
 * One block of an article as the template shows it.
 *
 * @param kind {@code paragraph}, {@code quote} (a paragraph of direct speech) or {@code readAlso}
 * @param text the paragraph text, or the read-also title
 * @param speaker who speaks in a quote paragraph, or null
 * @param label the read-also label ("Baca Juga"), or null
 * @param href where a read-also box links to, or null when the title matched no article
 * @param lede whether this is the first paragraph, which carries the dateline
 */
public record BodyView(String kind, String text, String speaker, String label, String href, boolean lede) { }
