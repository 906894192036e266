package id.warta.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import id.warta.content.SourceFile;
import id.warta.content.SourceLine;
import id.warta.model.Article;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The check that every non-blank line went to exactly one place, and that the article agrees with the ledger. */
final class Conservation {

    private Conservation() {
    }

    static void check(SourceFile file, ParseRun run) {
        Set<Integer> expected = new TreeSet<>();
        for (SourceLine line : file.lines()) {
            if (!line.isBlank()) {
                expected.add(line.number());
            }
        }
        Set<Integer> seen = new HashSet<>();
        Set<String> pieces = new HashSet<>();
        for (ParseRun.LineFate fate : run.fates()) {
            seen.add(fate.line());
            if (!pieces.add(fate.line() + "/" + fate.piece())) {
                throw new AssertionError(file.name() + ": line " + fate.line() + " piece " + fate.piece()
                        + " went to two places");
            }
            assertNotEquals(LineKind.TEXT, fate.kind(), file.name() + ": line " + fate.line() + " left unclaimed");
            assertNotEquals(LineKind.BLANK, fate.kind(), file.name() + ": line " + fate.line() + " lost as blank");
        }
        assertEquals(expected, new TreeSet<>(seen), file.name() + ": lines lost or invented");
        Article a = run.article();
        assertEquals(count(run, LineKind.PARAGRAPH), a.paragraphs().size(), file.name() + ": paragraphs");
        assertEquals(count(run, LineKind.READ_ALSO, LineKind.READ_ALSO_TITLE), a.readAlso().size(), file.name());
        assertEquals(count(run, LineKind.NOISE), a.noise().size(), file.name() + ": noise");
        assertEquals(count(run, LineKind.HEADLINE) > 0 ? 1 : 0, count(run, LineKind.HEADLINE), file.name());
    }

    private static long count(ParseRun run, LineKind... kinds) {
        List<LineKind> wanted = List.of(kinds);
        return run.fates().stream().filter(f -> wanted.contains(f.kind())).count();
    }
}
