package id.warta.cli;

import java.io.PrintWriter;
import java.util.Optional;

/** Entry point: runs the command line and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Optional<Integer> tuned = TunedJvm.relaunch(args);
        if (tuned.isPresent()) {
            System.exit(tuned.get());
        }
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = Warta.runOnTerminal(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
