package id.warta.cli;

/** Every exit code Warta uses, in one place; documented in the README. */
public final class ExitCodes {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** Content has errors (bad encoding, YAML, dates, duplicate slugs); nothing was written. */
    public static final int CONTENT_ERROR = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** A template is broken; nothing was written. */
    public static final int TEMPLATE_ERROR = 3;
    /** The output folder cannot be used or written. */
    public static final int OUTPUT_ERROR = 4;
    /** The preview server cannot listen where asked (the port is taken, or the address is not this machine's). */
    public static final int SERVE_ERROR = 5;
    /** Another Warta build or preview server kept the output folder locked too long; nothing was written. */
    public static final int OUTPUT_BUSY = 6;
    /** A bug in Warta: please report it with the message. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {
    }
}
