package id.warta.cli;

import java.time.Clock;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What commands take from the world rather than from their options, so tests can fix it.
 *
 * @param clock the time {@code warta new} stamps on an article
 * @param terminal where output goes, for colour and progress
 */
record Environment(Clock clock, Terminal terminal) {
    /** For tests and scripts: the system clock, plain output. */
    static final Environment PLAIN = new Environment(Clock.systemUTC(), Terminal.PLAIN);

    /** The environment of the {@code warta} command a subcommand runs under. */
    static Environment of(CommandSpec spec) {
        return spec.root().userObject() instanceof Warta warta ? warta.environment() : PLAIN;
    }
}
