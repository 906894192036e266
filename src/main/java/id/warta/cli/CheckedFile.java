package id.warta.cli;

import id.warta.content.SourceFile;
import id.warta.content.SourceLine;
import id.warta.model.Article;

/**
 * One article file as {@code warta check} sees it: the file as read, and the parser's article.
 *
 * @param source the source file, for front-matter lines
 * @param article the parsed article
 */
record CheckedFile(SourceFile source, Article article) {

    /** Whether there is nothing to publish: no body text at all, or no paragraph left after parsing. */
    boolean isEmpty() {
        return source.isBlank() || article.paragraphs().isEmpty();
    }

    /** The line a person looks at to find the article: its {@code title:} key, or its first text line. */
    int headlineLine() {
        return source.frontMatter().lineOf("title", firstTextLine());
    }

    /** The line that sets the article's slug: its {@code slug:} key, or where its headline is. */
    int slugLine() {
        return source.frontMatter().lineOf("slug", headlineLine());
    }

    /** The first non-blank body line, or 1 when there is none. */
    int firstTextLine() {
        return source.lines().stream().filter(l -> !l.isBlank()).mapToInt(SourceLine::number).findFirst()
                .orElse(1);
    }

    /** The first line after the front matter, where the article's text belongs; 1 for an empty file. */
    int bodyLine() {
        return source.lines().isEmpty() ? 1 : source.lines().get(0).number();
    }

    String name() {
        return source.name();
    }
}
