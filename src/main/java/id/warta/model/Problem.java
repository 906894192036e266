package id.warta.model;

/**
 * Something wrong or doubtful in the input, with its position, so the user can find and fix it.
 *
 * @param file the file as the user named it (relative to the working directory where possible)
 * @param line 1-based line number, or 0 when the problem concerns the whole file
 * @param severity whether the build must stop
 * @param message what is wrong and what to do about it
 */
public record Problem(String file, int line, Severity severity, String message) {

    /** Whether a problem stops the build. */
    public enum Severity { WARNING, ERROR }

    public static Problem warning(String file, int line, String message) {
        return new Problem(file, line, Severity.WARNING, message);
    }

    public static Problem error(String file, int line, String message) {
        return new Problem(file, line, Severity.ERROR, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line: message}, the form editors and IDEs understand. */
    @Override
    public String toString() {
        return (line > 0 ? file + ":" + line : file) + ": " + message;
    }
}
