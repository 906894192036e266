package id.warta.site;

import id.warta.content.SourceFiles;
import id.warta.model.Article;
import id.warta.parse.ArticleParser;
import java.nio.charset.StandardCharsets;

/** Articles read from text by the real parser, as a build reads content files. */
final class ParsedArticles {
    private static final ArticleParser PARSER = new ArticleParser();

    private ParsedArticles() {
    }

    static Article parse(String fileName, String text) {
        try {
            return PARSER.parse(SourceFiles.fromBytes(fileName, text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(fileName + " does not read: " + e.getMessage(), e);
        }
    }
}
