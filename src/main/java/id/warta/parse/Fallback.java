package id.warta.parse;

import id.warta.content.SourceFile;
import id.warta.content.SourceLine;
import id.warta.model.Article;
import id.warta.model.Block;
import id.warta.model.Credits;
import id.warta.model.Dateline;
import id.warta.model.HeadlineSource;
import id.warta.model.Problem;
import java.util.ArrayList;
import java.util.List;

/** The article made when a parser bug throws: every line a paragraph, and a warning asking for a report. */
final class Fallback {

    private Fallback() {
    }

    static Article article(SourceFile file, Throwable error) {
        List<Block> body = new ArrayList<>();
        for (SourceLine line : file.lines()) {
            if (!line.isBlank()) {
                body.add(new Block.Paragraph(body.size(), line.text().strip(), line.number()));
            }
        }
        List<Problem> problems = new ArrayList<>(file.problems());
        problems.add(Problem.warning(file.name(), 0, "the parser failed on this file (" + error.getClass().getSimpleName()
                + "), so every line was kept as a paragraph; please report it with the file attached"));
        String headline = file.frontMatter().title() != null ? file.frontMatter().title() : "Tanpa Judul";
        return new Article(file.name(), headline, file.frontMatter().title() != null ? HeadlineSource.FRONT_MATTER
                : HeadlineSource.LEDE, Slugs.fromHeadline(headline), Dateline.NONE, null, file.frontMatter().author(),
                file.frontMatter().description(), file.frontMatter().tags(), file.frontMatter().draft(),
                file.frontMatter().image(), file.frontMatter().imageCaption(), body, List.of(), List.of(), Credits.NONE,
                null, List.of(), problems);
    }
}
