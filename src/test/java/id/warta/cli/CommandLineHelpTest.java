package id.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineHelpTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"build", "serve", "new", "check", "parse", "completion"})
    void showsExamplesInEachCommandsHelp(String command) {
        Cli result = Cli.run(command, "--help");

        assertEquals(ExitCodes.OK, result.exitCode());
        assertTrue(result.out().contains("Examples:\n  warta " + command), result.out());
    }

    @Test
    void listsTheAuthoringCommandsInTheTopLevelHelp() {
        String help = Cli.run("--help").out();

        for (String command : new String[] {"serve", "new", "check", "completion"}) {
            assertTrue(help.contains("\n  " + command + " "), help);
        }
    }

    @Test
    void printsABashCompletionScriptThatKnowsTheCommands() {
        Cli result = Cli.run("completion");

        assertEquals(ExitCodes.OK, result.exitCode());
        assertTrue(result.out().startsWith("#!/usr/bin/env bash"), result.out().lines().findFirst().orElse(""));
        assertTrue(result.out().contains("complete -F _complete_warta"), "registers the completion function");
        assertTrue(result.out().contains("serve") && result.out().contains("--bind"));
    }

    @Test
    void servesOnLoopbackByDefault() {
        String help = Cli.run("serve", "--help").out();

        assertTrue(help.contains("(default: 127.0.0.1"), help);
        assertTrue(help.contains("(default: 1313)"), help);
    }

    @Test
    void saysSoWhenThePortIsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Cli result = Cli.run("serve", "--port", Integer.toString(taken.getLocalPort()),
                    "--cache-dir", temp.resolve("cache").toString(), "--content", temp.resolve("c").toString());

            assertEquals(ExitCodes.SERVE_ERROR, result.exitCode(), result.err());
            assertTrue(result.err().contains("--port " + (taken.getLocalPort() + 1)), result.err());
        }
    }
}
