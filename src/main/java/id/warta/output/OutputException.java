package id.warta.output;

/** The output directory cannot be used or written; the message says why and what to do. */
public class OutputException extends Exception {

    public OutputException(String message) {
        super(message);
    }

    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
