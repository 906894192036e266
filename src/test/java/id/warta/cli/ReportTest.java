package id.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.pipeline.BuildResult;
import id.warta.model.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static final BuildResult RESULT = new BuildResult(2, 4, 3, 2, 1, 1, 5,
            List.of(Problem.warning("content/a.txt", 3, "hati-hati")), 412);
    private static final SiteInventory INVENTORY = SiteInventory.fromPaths(List.of("404.html", "index.html",
            "banjir/index.html", "gempa/index.html", "assets/style.css"));

    @Test
    void printsAPlainTableOfArticlesPagesByKindFilesWarningsErrorsAndTime() {
        assertEquals(""
                + "  articles  2\n"
                + "  pages     4  (2 article, 1 index, 1 404)\n"
                + "  files     5  (3 written, 2 unchanged, 1 removed)\n"
                + "  warnings  1\n"
                + "  errors    0\n"
                + "  time      412 ms",
                Report.table(RESULT, INVENTORY, Path.of("site-out"), Terminal.PLAIN, false));
    }

    @Test
    void addsSkippedFilesDroppedLinesAndTheFolderWhenVerbose() {
        String table = Report.table(RESULT, INVENTORY, Path.of("site-out"), Terminal.PLAIN, true);

        assertTrue(table.contains("  skipped   1 empty file\n"), table);
        assertTrue(table.contains("  noise     5 boilerplate lines dropped\n"), table);
        assertTrue(table.contains("  output    site-out\n"), table);
    }

    @Test
    void coloursOnlyOnATerminal() {
        Terminal colour = new Terminal(true, true);

        assertTrue(Report.table(RESULT, INVENTORY, Path.of("site-out"), colour, false).contains("\u001B["));
        assertFalse(Report.table(RESULT, INVENTORY, Path.of("site-out"), Terminal.PLAIN, false).contains("\u001B"));
    }

    @Test
    void keepsTheOneLineSummaryScriptsLookFor() {
        assertEquals("Built 2 articles, 4 pages into site-out (3 written, 2 unchanged, 1 removed), 1 warning in"
                + " 412 ms", Report.summary(RESULT, Path.of("site-out")));
    }

    @Test
    void namesListingPagesByTheirSectionAndEveryOtherPageAnArticle() {
        SiteInventory inventory = SiteInventory.fromPaths(List.of("index.html", "page/2/index.html", "tag/index.html",
                "tag/banjir/index.html", "sumber/reuters/index.html", "berita/index.html",
                "2024/11/gempa/index.html", "feed.xml"));

        assertEquals(List.of("article", "index", "sumber", "tag"), List.copyOf(inventory.pagesByKind().keySet()));
        assertEquals(2, inventory.pagesByKind().get("article"));
        assertEquals(2, inventory.pagesByKind().get("index"));
        assertEquals(2, inventory.pagesByKind().get("tag"));
        assertEquals(1, inventory.otherFiles());
    }

    @Test
    void printsProblemsAsFileLineSeverityMessage() {
        assertEquals("content/a.txt:3: warning: hati-hati",
                ProblemLines.format(Problem.warning("content/a.txt", 3, "hati-hati"), Terminal.PLAIN));
        assertEquals("content/b.txt:7: error: rusak",
                ProblemLines.format(Problem.error("content/b.txt", 7, "rusak"), Terminal.PLAIN));
    }

    @Test
    void neverReadsMarkupInAProblemsTextEvenWithColour() {
        String line = ProblemLines.format(Problem.error("content/@|red x|@.txt", 1, "@|bold y|@"),
                new Terminal(true, true));

        assertTrue(line.startsWith("content/@|red x|@.txt:1: "), line);
        assertTrue(line.endsWith(": @|bold y|@"), line);
    }

    @Test
    void theSummaryNamesHowManyDraftsAndFutureArticlesWereNotPublished() {
        BuildResult result = new BuildResult(2, 4, 3, 2, 1, 1, 5, List.of(), 412,
                new id.warta.pipeline.LeftOut(List.of("content/a.txt", "content/b.txt"), List.of("content/c.txt")));

        assertEquals("Built 2 articles, 4 pages into site-out (3 written, 2 unchanged, 1 removed), 0 warnings in"
                + " 412 ms; 2 drafts and 1 future-dated article not published (--drafts, --future include them)",
                Report.summary(result, Path.of("site-out")));
        String verbose = Report.table(result, new SiteInventory(java.util.Map.of(), 0), Path.of("site-out"),
                Terminal.PLAIN, true);
        assertTrue(verbose.contains("  drafts    content/a.txt  (not published)\n  drafts    content/b.txt  (not"
                + " published)\n  future    content/c.txt  (not published)"), verbose);
    }

    @Test
    void runningOutOfMemoryEndsWithExit70AndSaysHowToGiveMore() {
        java.io.StringWriter err = new java.io.StringWriter();

        assertEquals(70, Warta.outOfMemory(new java.io.PrintWriter(err)));
        assertEquals("warta: out of memory: the Java heap is full, so nothing was written. Give Warta more memory,"
                + " for example WARTA_JAVA_OPTS=-Xmx4g bin/warta build (or java -Xmx4g -jar warta.jar build).\n",
                err.toString());
    }
}
