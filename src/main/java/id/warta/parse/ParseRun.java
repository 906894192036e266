package id.warta.parse;

import id.warta.model.Article;
import java.util.List;

/**
 * A parse with its bookkeeping: the article, and where every non-blank line went. Tests use the line fates to prove
 * that no line was lost or used twice.
 */
record ParseRun(Article article, List<LineFate> fates) {

    /**
     * Where one non-blank source line, or one piece of it, ended up: a wall of joined text is cut into pieces
     * numbered from 0, every other line is piece 0.
     */
    record LineFate(int line, int piece, LineKind kind) { }

    ParseRun {
        fates = List.copyOf(fates);
    }
}
