package id.warta.cli;

import id.warta.pipeline.BuildResult;
import id.warta.pipeline.LeftOut;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a build prints: a short table, then the one-line summary scripts look for ({@code Built N articles}). */
final class Report {
    private static final int LABEL_WIDTH = 10;

    private Report() {
    }

    static String summary(BuildResult result, Path output) {
        return "Built " + result.articles() + plural(result.articles(), " article", " articles") + ", "
                + result.pages() + plural(result.pages(), " page", " pages") + " into " + output + " ("
                + result.written() + " written, " + result.unchanged() + " unchanged, " + result.deleted()
                + " removed), " + result.warnings().size() + plural(result.warnings().size(), " warning", " warnings")
                + " in " + result.millis() + " ms" + leftOut(result.leftOut());
    }

    /** {@code ; 2 drafts and 1 future-dated article not published}, or nothing when none was left out. */
    static String leftOut(LeftOut leftOut) {
        List<String> parts = new ArrayList<>();
        int drafts = leftOut.drafts().size();
        int future = leftOut.future().size();
        if (drafts > 0) {
            parts.add(drafts + plural(drafts, " draft", " drafts"));
        }
        if (future > 0) {
            parts.add(future + plural(future, " future-dated article", " future-dated articles"));
        }
        return parts.isEmpty() ? "" : "; " + String.join(" and ", parts) + " not published (--drafts, --future"
                + " include them)";
    }

    /** The table of a successful build; {@code verbose} adds skipped files, dropped lines and folders. */
    static String table(BuildResult result, SiteInventory inventory, Path output, Terminal terminal,
                        boolean verbose) {
        List<String> rows = new ArrayList<>();
        rows.add(row(terminal, "articles", Integer.toString(result.articles()), null));
        rows.add(row(terminal, "pages", Integer.toString(result.pages()), kinds(inventory.pagesByKind())));
        rows.add(row(terminal, "files", Integer.toString(result.written() + result.unchanged()), result.written()
                + " written, " + result.unchanged() + " unchanged, " + result.deleted() + " removed"));
        int warnings = result.warnings().size();
        rows.add(row(terminal, "warnings", count(terminal, warnings, "bold,yellow"), null));
        rows.add(row(terminal, "errors", count(terminal, 0, "bold,red"), null));
        if (verbose) {
            rows.add(row(terminal, "skipped", result.skipped() + plural(result.skipped(), " empty file",
                    " empty files"), null));
            rows.add(row(terminal, "noise", result.noiseLines() + plural(result.noiseLines(), " boilerplate line",
                    " boilerplate lines") + " dropped", null));
            rows.add(row(terminal, "other", inventory.otherFiles() + plural(inventory.otherFiles(), " file",
                    " files") + " besides pages (styles, feeds, images)", null));
            leftOut(rows, terminal, "drafts", result.leftOut().drafts());
            leftOut(rows, terminal, "future", result.leftOut().future());
            rows.add(row(terminal, "output", output.toString(), null));
        }
        rows.add(row(terminal, "time", result.millis() + " ms", null));
        return String.join("\n", rows);
    }

    /** One row per file left out, so that a forgotten draft is easy to find. */
    private static void leftOut(List<String> rows, Terminal terminal, String label, List<String> files) {
        for (String file : files) {
            rows.add(row(terminal, label, file, "not published"));
        }
    }

    private static String row(Terminal terminal, String label, String value, String detail) {
        String padded = String.format("%-" + LABEL_WIDTH + "s", label);
        return "  " + terminal.style("bold", padded) + value + (detail == null || detail.isEmpty() ? ""
                : "  (" + detail + ")");
    }

    private static String count(Terminal terminal, int count, String styles) {
        return count == 0 ? "0" : terminal.style(styles, Integer.toString(count));
    }

    private static String kinds(Map<String, Integer> byKind) {
        List<String> parts = new ArrayList<>();
        byKind.forEach((kind, count) -> parts.add(count + " " + kind));
        return String.join(", ", parts);
    }

    static String plural(int count, String one, String many) {
        return count == 1 ? one : many;
    }
}
