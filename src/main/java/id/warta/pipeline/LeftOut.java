package id.warta.pipeline;

import id.warta.model.Article;
import id.warta.site.Selection;
import java.util.List;
import java.util.Set;

/**
 * The parsed articles the site does not show, so the summary can say so: drafts (without {@code --drafts}) and
 * articles dated after the build's "now" (without {@code --future}). A draft dated in the future counts as a draft.
 *
 * @param drafts the source files of the drafts left out, in file order
 * @param future the source files of the future-dated articles left out, in file order
 */
public record LeftOut(List<String> drafts, List<String> future) {

    public static final LeftOut NOTHING = new LeftOut(List.of(), List.of());

    public LeftOut {
        drafts = List.copyOf(drafts);
        future = List.copyOf(future);
    }

    static LeftOut of(List<Article> parsed, List<Article> shown, Selection selection) {
        if (parsed.size() == shown.size()) {
            return NOTHING;
        }
        Set<Article> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        kept.addAll(shown);
        List<Article> out = parsed.stream().filter(a -> !kept.contains(a)).toList();
        boolean draftsOut = !selection.drafts();
        return new LeftOut(out.stream().filter(a -> draftsOut && a.draft()).map(Article::source).toList(),
                out.stream().filter(a -> !(draftsOut && a.draft())).map(Article::source).toList());
    }
}
