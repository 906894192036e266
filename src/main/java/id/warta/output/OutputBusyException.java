package id.warta.output;

/** Another Warta process kept the output folder locked for longer than a writer waits; nothing was written. */
public final class OutputBusyException extends OutputException {

    public OutputBusyException(String message) {
        super(message);
    }
}
