package id.warta.parse;

import id.warta.model.Article;
import java.util.List;

/**
 * A parse with its bookkeeping: the article, and where every non-blank line went. Tests use the line fates to prove
 * that no line was lost or used twice.
 */
record ParseRun(Article article, List<LineFate> fates) {

    /** Where one non-blank source line ended up. */
    record LineFate(int line, LineKind kind) { }

    ParseRun {
        fates = List.copyOf(fates);
    }
}
