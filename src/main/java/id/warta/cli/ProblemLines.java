package id.warta.cli;

import id.warta.model.Problem;
import java.io.PrintWriter;
import java.util.List;

/** Prints problems as {@code file:line: error: message}, the form editors and CI annotators jump from. */
final class ProblemLines {

    private ProblemLines() {
    }

    static String format(Problem problem, Terminal terminal) {
        String location = problem.line() > 0 ? problem.file() + ":" + problem.line() : problem.file();
        String severity = problem.isError() ? terminal.style("bold,red", "error")
                : terminal.style("bold,yellow", "warning");
        return location + ": " + severity + ": " + problem.message();
    }

    /** Prints every problem, or the errors alone when {@code errorsOnly}. */
    static void print(PrintWriter to, List<Problem> problems, Terminal terminal, boolean errorsOnly) {
        for (Problem problem : problems) {
            if (problem.isError() || !errorsOnly) {
                to.println(format(problem, terminal));
            }
        }
    }
}
