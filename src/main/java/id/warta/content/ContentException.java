package id.warta.content;

import id.warta.model.Problem;

/** A content file that cannot be read at all; carries the problem to report. */
public final class ContentException extends Exception {
    private final transient Problem problem;

    public ContentException(Problem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
