package id.warta.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code warta completion}: prints the bash/zsh completion script picocli generates from the commands. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Prints a bash (and zsh) completion script for warta.",
        footer = {"", "Examples:", "  warta completion > ~/.local/share/bash-completion/completions/warta",
                "  source <(warta completion)    # this shell only"})
final class CompletionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        spec.commandLine().getOut().print(AutoComplete.bash("warta", root));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
