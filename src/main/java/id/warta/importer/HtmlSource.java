package id.warta.importer;

import id.warta.content.ContentException;
import id.warta.content.FrontMatter;
import id.warta.content.SourceFile;
import id.warta.content.SourceLine;
import id.warta.model.Problem;
import id.warta.parse.WebUrls;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a saved news page into the same {@link SourceFile} a text article gives: front matter from the page's
 * metadata, one body line per paragraph, read-also boxes as {@code Baca juga: <title>} lines with their URLs in
 * {@link FrontMatter#links()}. Everything is plain text; no markup from the page survives.
 */
public final class HtmlSource {
    /** JSON-LD bodies without line breaks are one blob; the page's own paragraphs are better then. */
    private static final int MIN_JSON_PARAGRAPHS = 2;

    private HtmlSource() {
    }

    /**
     * Extracts the article of a saved page; body line numbers are the lines of the page where each paragraph starts.
     *
     * @param name the file as the user named it, for messages
     * @param bytes the page; its charset is taken from a byte-order mark or {@code <meta charset>}, else UTF-8
     * @throws ContentException when the page holds no article text
     */
    public static SourceFile read(String name, byte[] bytes) throws ContentException {
        Document page = parse(name, bytes);
        JsonLd jsonLd = JsonLd.of(page);
        useCanonicalUrlAsBase(page);
        PageMeta meta = PageMeta.of(page, jsonLd);
        String section = ImportedSection.of(page); // before the noise goes: breadcrumbs are navigation
        PageCredits aside = PageCredits.of(page); // captions and credit boxes are furniture the next line drops
        Noise.removeNeverText(page);

        BodyLines html = BodyLines.of(ArticleContainers.find(page), 1);
        List<BodyLines.Line> lines = html.lines();
        if (jsonLd.articleBody() != null) {
            List<BodyLines.Line> json = ArticleBodyText.split(jsonLd.articleBody(), jsonLd.line());
            if (json.size() >= MIN_JSON_PARAGRAPHS || paragraphs(lines) < MIN_JSON_PARAGRAPHS) {
                lines = ArticleBodyText.withReadAlso(ArticleBodyText.withPageTail(json, lines), lines);
            }
        }
        if (lines.stream().noneMatch(l -> !l.readAlso())) {
            throw new ContentException(Problem.error(name, 0, "no article text found in this page; save the article"
                    + " page itself (not a list or search page), or copy its text into a .txt file"));
        }
        FrontMatter frontMatter = new FrontMatter(meta.title(), meta.date(), meta.tags(), meta.author(), null,
                meta.description(), null, false, meta.image(), meta.image() == null ? null : aside.caption(), Map.of(),
                html.links());
        frontMatter = ImportedSection.into(frontMatter, section);
        List<SourceLine> body = new ArrayList<>(lines.stream().map(l -> new SourceLine(l.number(), l.text())).toList());
        if (!PageCredits.namesAnEditor(body.stream().map(SourceLine::text).toList())) {
            int last = body.get(body.size() - 1).number();
            aside.editorLines().forEach(line -> body.add(new SourceLine(last, line)));
        }
        return new SourceFile(name, frontMatter, body, List.of());
    }

    private static Document parse(String name, byte[] bytes) throws ContentException {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), null, "", Parser.htmlParser().setTrackPosition(true));
        } catch (IOException | IllegalArgumentException e) {
            throw new ContentException(Problem.error(name, 0, "cannot be read as HTML (" + e.getMessage()
                    + "); save the page again as \"Web page, HTML only\""));
        }
    }

    /** Relative links in read-also boxes resolve against the page's own address, when it states one. */
    private static void useCanonicalUrlAsBase(Document page) {
        for (Element element : page.select("link[rel=canonical][href], meta[property=og:url][content]")) {
            String url = element.hasAttr("href") ? element.attr("href") : element.attr("content");
            if (WebUrls.isWebUrl(url)) {
                page.setBaseUri(url.strip());
                return;
            }
        }
    }

    private static long paragraphs(List<BodyLines.Line> lines) {
        return lines.stream().filter(l -> !l.readAlso()).count();
    }
}
