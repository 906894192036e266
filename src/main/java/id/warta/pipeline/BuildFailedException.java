package id.warta.pipeline;

import id.warta.model.Problem;
import java.util.List;

/** The build stopped before writing anything; the output folder is as it was. */
public final class BuildFailedException extends Exception {
    /** Which kind of input was at fault, for the exit code. */
    public enum Cause {
        CONTENT, TEMPLATE, OUTPUT, BUSY;

        /** OUTPUT, or BUSY when another writer kept the output folder locked. */
        static Cause of(id.warta.output.OutputException e) {
            return e instanceof id.warta.output.OutputBusyException ? BUSY : OUTPUT;
        }
    }

    private final Cause cause;
    private final transient List<Problem> problems;

    public BuildFailedException(Cause cause, List<Problem> problems) {
        super(problems.isEmpty() ? cause.name() : problems.get(0).toString());
        this.cause = cause;
        this.problems = List.copyOf(problems);
    }

    public Cause kind() {
        return cause;
    }

    /** Every problem found, errors and warnings, in file order. */
    public List<Problem> problems() {
        return problems;
    }
}
