package id.warta.bench;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes one generated article twice: as a Warta {@code .txt} file and as Hugo Markdown with the same front matter. */
final class CorpusFormats {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private CorpusFormats() {
    }

    /** Our format: YAML front matter, then one paragraph per line, the dateline at the start of the lede. */
    static String warta(PlannedArticle article, List<BodyPart> body) {
        StringBuilder out = new StringBuilder(4096);
        frontMatter(out, article, article.tags().stream().collect(Collectors.joining(", ", "[", "]")));
        for (BodyPart part : body) {
            out.append(wartaLine(part)).append('\n');
        }
        return out.toString();
    }

    /**
     * Hugo's equivalent: the same front matter, paragraphs separated by blank lines, the dateline in bold, read-also
     * lines as links to the other article (which Warta resolves by title), no noise lines.
     */
    static String hugo(PlannedArticle article, List<BodyPart> body) {
        StringBuilder out = new StringBuilder(4096);
        frontMatter(out, article, article.tags().stream().map(CorpusFormats::quoted)
                .collect(Collectors.joining(", ", "[", "]")));
        for (BodyPart part : body) {
            String paragraph = hugoParagraph(part);
            if (paragraph != null) {
                out.append('\n').append(paragraph).append('\n');
            }
        }
        return out.toString();
    }

    private static String wartaLine(BodyPart part) {
        if (part instanceof BodyPart.Lede lede) {
            return lede.dateline() + lede.text();
        } else if (part instanceof BodyPart.Paragraph paragraph) {
            return paragraph.text();
        } else if (part instanceof BodyPart.ReadAlso readAlso) {
            return readAlso.label() + " " + readAlso.title();
        } else if (part instanceof BodyPart.Noise noise) {
            return noise.text();
        }
        return ((BodyPart.Closing) part).text();
    }

    /** The Markdown paragraph for a part, or null for parts a Hugo author would not write. */
    private static String hugoParagraph(BodyPart part) {
        if (part instanceof BodyPart.Lede lede) {
            return (lede.dateline().isEmpty() ? "" : "**" + markdown(lede.dateline().strip()) + "** ")
                    + markdown(lede.text());
        } else if (part instanceof BodyPart.Paragraph paragraph) {
            return markdown(paragraph.text());
        } else if (part instanceof BodyPart.ReadAlso readAlso) {
            return "**" + markdown(readAlso.label()) + "** [" + markdown(readAlso.title()) + "](/" + readAlso.slug()
                    + "/)";
        } else if (part instanceof BodyPart.Noise) {
            return null;
        }
        return markdown(((BodyPart.Closing) part).text());
    }

    private static void frontMatter(StringBuilder out, PlannedArticle article, String tags) {
        out.append("---\n");
        out.append("title: ").append(quoted(article.title())).append('\n');
        out.append("date: ").append(ISO.format(article.date())).append('\n');
        out.append("tags: ").append(tags).append('\n');
        if (article.author() != null) {
            out.append("author: ").append(quoted(article.author())).append('\n');
        }
        out.append("---\n");
    }

    /** A YAML double-quoted scalar, so a colon in a headline can never break the front matter. */
    static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** Escapes the few characters generated text can hold that Markdown would read as markup. */
    private static String markdown(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("[", "\\[")
                .replace("]", "\\]").replace("<", "&lt;");
    }
}
