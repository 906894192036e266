package id.warta.cli;

import java.io.PrintWriter;

/** Entry point: runs the command line and exits with its code. {@code bin/warta} starts it with tuned flags. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = Warta.runOnTerminal(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
