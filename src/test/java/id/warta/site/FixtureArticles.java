package id.warta.site;

import id.warta.content.ContentException;
import id.warta.content.ContentReader;
import id.warta.content.SourceFile;
import id.warta.content.SourceLine;
import id.warta.model.Article;
import id.warta.model.Block;
import id.warta.model.Credits;
import id.warta.model.Dateline;
import id.warta.model.HeadlineSource;
import id.warta.model.Quote;
import id.warta.parse.Slugs;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixture site's articles built straight from their front matter and lines, so site tests do not depend on
 * the parser: every line is a paragraph except {@code Baca juga:} lines, the date is the front matter's, the
 * sources are the {@code Dilansir dari X,} phrases, and simple datelines and quotes are recognised.
 */
final class FixtureArticles {
    static final Path CONTENT = Path.of("src/test/resources/site-fixture/content");
    static final OffsetDateTime NOW = OffsetDateTime.parse("2024-11-25T12:00:00+07:00");
    private static final Pattern READ_ALSO = Pattern.compile("(?i)^baca juga\\s*:\\s*(.+)$");
    private static final Pattern SOURCE = Pattern.compile("Dilansir dari ([A-Z][A-Za-z]+)");
    private static final Pattern DATELINE = Pattern.compile("^(?:([A-Za-z ]+), )?([A-Za-z0-9.]+(?: Indonesia)?)"
            + " -{1,2} (.+)$");
    private static final Pattern QUOTE = Pattern.compile("^\"(.+)\" (?:ujar|kata|tutur|jelas|ungkap) (.+)\\.$");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private FixtureArticles() {
    }

    /** Every fixture article, drafts and future ones included, with images as the pipeline would copy them. */
    static List<Article> all() throws ContentException {
        ContentReader reader = new ContentReader(CONTENT);
        List<Article> articles = new ArrayList<>();
        for (Path path : reader.listArticles()) {
            articles.add(article(reader.read(path).file()));
        }
        return articles;
    }

    private static Article article(SourceFile file) {
        List<Block> body = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        Dateline dateline = Dateline.NONE;
        int paragraphs = 0;
        for (SourceLine line : file.lines()) {
            String text = line.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            Matcher readAlso = READ_ALSO.matcher(text);
            if (readAlso.matches()) {
                body.add(new Block.ReadAlso("Baca Juga", readAlso.group(1), null, paragraphs - 1, line.number()));
                continue;
            }
            Matcher source = SOURCE.matcher(text);
            if (source.find() && !sources.contains(source.group(1))) {
                sources.add(source.group(1));
            }
            Matcher opening = DATELINE.matcher(text);
            if (paragraphs == 0 && opening.matches()) {
                dateline = new Dateline(opening.group(2), opening.group(1));
                text = opening.group(3);
            }
            Matcher quote = QUOTE.matcher(text);
            if (quote.matches()) {
                quotes.add(new Quote(paragraphs, quote.group(1), quote.group(2)));
            }
            body.add(new Block.Paragraph(paragraphs++, text, line.number()));
        }
        var fm = file.frontMatter();
        OffsetDateTime date = LocalDateTime.parse(fm.date(), DATE).atZone(SiteConfig.JAKARTA).toOffsetDateTime();
        String image = fm.image() == null ? null : "images/foto/" + Path.of(fm.image()).getFileName();
        return new Article(file.name(), fm.title(), HeadlineSource.FRONT_MATTER, Slugs.fromHeadline(fm.title()),
                dateline, date, fm.author(), fm.description(), fm.tags(), fm.draft(), image, fm.imageCaption(),
                body, sources, quotes, Credits.NONE, null, List.of(), List.of());
    }
}
