package prepdeck.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code prepdeck gaps} */
@Command(name = "gaps", mixinStandardHelpOptions = true,
        description = "List what your notes ask or announce but do not answer yet.")
final class GapsCommand implements Callable<Integer> {
    @ParentCommand PrepdeckCommand root;
    @Mixin JsonOption output;

    /** Cards from elsewhere in the notes listed under each gap, best first. */
    static final int RELATED_PER_GAP = 5;

    @Override
    public Integer call() {
        var gaps = root.useCases().search().withRelated(root.useCases().knowledge().gaps(), RELATED_PER_GAP);
        var out = root.console().out();
        if (output.json) {
            out.println(root.json().write(root.json().gaps(gaps)));
        } else if (gaps.isEmpty()) {
            out.println("No gaps.");
        } else {
            var table = new Table(List.of("ID", "KIND", "TOPIC", "WHERE", "TITLE", "COVERED BY"), 0, 0, 30, 30, 70, 30);
            for (var g : gaps) {
                table.row(g.id(), g.kind().code(), g.topic(), g.source() + ":" + g.line(), g.title(),
                        String.join(" ", g.related().stream().map(id -> "#" + id).toList()));
            }
            table.print(out);
        }
        return Cli.OK;
    }
}
