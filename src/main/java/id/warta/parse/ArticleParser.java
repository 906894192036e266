package id.warta.parse;

import id.warta.content.SourceFile;
import id.warta.content.SourceLine;
import id.warta.model.Article;
import id.warta.model.Block;
import id.warta.model.Credits;
import id.warta.model.Dateline;
import id.warta.model.HeadlineSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a source file into an article. Never throws on bad text: doubtful lines become warnings,
 * unusable fields (a wrong date) become errors in {@link Article#problems()}.
 *
 * <p>Placeholder: every line is a paragraph. The real rules replace this class.
 */
public final class ArticleParser {

    public Article parse(SourceFile file) {
        List<Block> body = new ArrayList<>();
        for (SourceLine line : file.lines()) {
            if (!line.isBlank()) {
                int index = body.size();
                body.add(new Block.Paragraph(index, line.text().strip(), line.number()));
            }
        }
        String headline = file.frontMatter().title() != null ? file.frontMatter().title()
                : body.isEmpty() ? "" : ((Block.Paragraph) body.get(0)).text();
        return new Article(file.name(), headline, HeadlineSource.LEDE, Slugs.fromHeadline(headline), Dateline.NONE,
                null, file.frontMatter().author(), file.frontMatter().description(), file.frontMatter().tags(),
                file.frontMatter().draft(), file.frontMatter().image(), file.frontMatter().imageCaption(), body,
                List.of(), List.of(), Credits.NONE, null, List.of(), file.problems());
    }
}
