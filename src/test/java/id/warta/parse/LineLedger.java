package id.warta.parse;

import id.warta.content.SourceFile;
import id.warta.content.SourceLine;
import java.util.HashSet;
import java.util.Set;

/** For tools outside the package: how many non-blank lines of a file the parser did not account for. */
public final class LineLedger {

    private LineLedger() {
    }

    /** Non-blank lines with no fate, or left as unclaimed text; 0 when the parse is complete. */
    public static int unaccounted(SourceFile file) {
        ParseRun run = new ArticleParser().run(file);
        Set<Integer> placed = new HashSet<>();
        for (ParseRun.LineFate fate : run.fates()) {
            if (fate.kind() != LineKind.TEXT && fate.kind() != LineKind.BLANK) {
                placed.add(fate.line());
            }
        }
        int missing = 0;
        for (SourceLine line : file.lines()) {
            if (!line.isBlank() && !placed.contains(line.number())) {
                missing++;
            }
        }
        return missing;
    }
}
