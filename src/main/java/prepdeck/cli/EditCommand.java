package prepdeck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import prepdeck.app.CardView;
import prepdeck.app.InvalidInputException;
import prepdeck.app.NotFoundException;

/** {@code prepdeck edit CARD [--print]} */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = {"Open the note a card (or gap) comes from, at its line, in your editor.",
                "The editor is PREPDECK_EDITOR (a command with {file} and {line}, e.g. \"code --goto {file}:{line}\"),",
                "else VISUAL, else EDITOR (vi, nano, emacs, VS Code, Sublime, JetBrains IDEs… get the line; others the file).",
                "While 'prepdeck serve' runs, the saved note is imported again by itself."})
final class EditCommand implements Callable<Integer> {
    @ParentCommand PrepdeckCommand root;

    @Parameters(index = "0", paramLabel = "CARD", description = "The card's or gap's id (see 'prepdeck cards' or 'prepdeck gaps').")
    long card;

    @Option(names = "--print", description = "Print the note's path and line (FILE:LINE) instead of opening it.")
    boolean print;

    @Override
    public Integer call() throws InterruptedException {
        var knowledge = root.useCases().knowledge();
        CardView c = knowledge.card(card).orElseThrow(() -> new NotFoundException("no card " + card));
        Path file = knowledge.sourceFile(c.source()).orElseThrow(() -> new InvalidInputException("the note of card " + card + " ("
                + c.source() + ", line " + c.line() + ") is no longer where it was imported from; import your notes again"));
        var out = root.console().out();
        if (print) {
            out.println(file + ":" + c.line());
            return Cli.OK;
        }
        var editor = EditorCommand.of(root.console().env(), file, c.line()).orElseThrow(() -> new InvalidInputException(
                "no editor is set: set PREPDECK_EDITOR (a command such as \"code --goto {file}:{line}\"), VISUAL or EDITOR; card "
                        + card + " is at " + file + ":" + c.line()));
        int status;
        try {
            status = new ProcessBuilder(editor.argv()).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new InvalidInputException("cannot start the editor '" + editor.argv().getFirst() + "' (from " + editor.source() + "): "
                    + e.getMessage());
        }
        if (status != 0) throw new InvalidInputException("the editor '" + editor.argv().getFirst() + "' (from " + editor.source()
                + ") stopped with exit status " + status);
        return Cli.OK;
    }
}
