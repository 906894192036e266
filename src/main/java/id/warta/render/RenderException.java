package id.warta.render;

import id.warta.model.Problem;

/** A template that cannot be loaded or fails while rendering, with the template's file and line. */
public final class RenderException extends Exception {
    private final transient Problem problem;

    RenderException(Problem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
