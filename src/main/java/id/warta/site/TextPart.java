package id.warta.site;

/**
 * A run of paragraph text as the template shows it: plain, or a web address that links to itself.
 *
 * @param text the text as written
 * @param href the http(s) URL it links to, or null for plain text
 */
public record TextPart(String text, String href) { }
