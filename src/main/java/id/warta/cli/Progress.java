package id.warta.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A "still building" line for long builds: nothing for the first two seconds (most builds end sooner), then the
 * elapsed time, redrawn in place once a second and erased when the build ends. Only on a terminal.
 */
final class Progress implements AutoCloseable {
    private static final long DELAY_MILLIS = 2_000;

    private final PrintWriter err;
    private final ScheduledExecutorService timer;
    private final long start = System.nanoTime();
    private boolean shown;
    private boolean closed;

    private Progress(PrintWriter err, ScheduledExecutorService timer) {
        this.err = err;
        this.timer = timer;
    }

    static Progress start(PrintWriter err, Terminal terminal, boolean quiet) {
        if (!terminal.interactive() || quiet) {
            return new Progress(err, null);
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "warta-progress");
            thread.setDaemon(true);
            return thread;
        });
        Progress progress = new Progress(err, timer);
        timer.scheduleAtFixedRate(progress::draw, DELAY_MILLIS, 1_000, TimeUnit.MILLISECONDS);
        return progress;
    }

    private synchronized void draw() {
        if (closed) {
            return;
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        err.print("\rBuilding... " + seconds + " s");
        err.flush();
        shown = true;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        if (shown) {
            err.print("\r\u001B[2K");
            err.flush();
        }
    }
}
