package prepdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import prepdeck.app.StoreUnavailableException;

class CliTest {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(Cli cli, String... args) {
        return cli.run(args, new Cli.Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), false));
    }

    @Test
    void anUnforeseenFailureExitsTwoAndSaysSo() {
        var cli = new Cli(data -> { throw new IllegalStateException("boom"); }, List.of());

        assertThat(run(cli, "--data", "/tmp/x", "stats")).isEqualTo(Cli.INTERNAL_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("internal error").contains("boom");
    }

    /**
     * A line naming its command builds only that one (picocli reads each command's annotations as it is added);
     * help at the root and a mistyped command still see them all.
     */
    @Test
    void onlyTheNamedCommandIsBuiltAndHelpAndTyposStillSeeThemAll() {
        List<Object> commands = List.of(new StatsCommand(), new ImportCommand(), new ReviewCommand());
        assertThat(Cli.named(new String[] {"stats"}, commands)).containsInstanceOf(StatsCommand.class);
        assertThat(Cli.named(new String[] {"--data", "/tmp/x", "import", "notes"}, commands)).containsInstanceOf(ImportCommand.class);
        assertThat(Cli.named(new String[] {"--data=/tmp/x", "review", "--topic", "stats"}, commands)).containsInstanceOf(ReviewCommand.class);
        assertThat(Cli.named(new String[] {"--help"}, commands)).isEmpty();
        assertThat(Cli.named(new String[] {"stast"}, commands)).isEmpty();
        assertThat(Cli.named(new String[] {}, commands)).isEmpty();

        var cli = new Cli(data -> { throw new IllegalStateException("help opens no data folder"); }, List.of());
        assertThat(run(cli, "--help")).isEqualTo(Cli.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("stats", "import", "review", "search", "serve");
        out.reset();
        assertThat(run(cli, "stast")).isEqualTo(Cli.USER_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unmatched argument at index 0: 'stast'", "prepdeck --help");
    }

    @Test
    void theQuickVersionAnswerIsPicoclisOwn() {
        var cli = new Cli(data -> { throw new IllegalStateException("--version opens no data folder"); }, List.of());

        assertThat(run(cli, "--version")).isEqualTo(Cli.OK);
        String quick = out.toString(StandardCharsets.UTF_8);
        out.reset();
        assertThat(cli.runParsed(new String[] {"--version"}, new Cli.Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), false))).isEqualTo(Cli.OK);
        assertThat(quick).startsWith("prepdeck ").isEqualTo(out.toString(StandardCharsets.UTF_8));
        out.reset();
        assertThat(run(cli, "-V")).isEqualTo(Cli.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(quick);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void anUnusableDataFolderIsTheUsersToFixAndExitsOne() {
        var cli = new Cli(data -> { throw new StoreUnavailableException("data folder " + data + " is not writable", null); }, List.of());

        assertThat(run(cli, "--data", "/tmp/ro", "stats")).isEqualTo(Cli.USER_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("data folder /tmp/ro is not writable");
    }

    @Test
    void theDataFolderComesFromTheEnvironmentInOrder() {
        assertThat(PrepdeckCommand.defaultDataFolder(Map.of("PREPDECK_DATA", "/p", "XDG_DATA_HOME", "/x", "HOME", "/h")))
                .isEqualTo(Path.of("/p"));
        assertThat(PrepdeckCommand.defaultDataFolder(Map.of("XDG_DATA_HOME", "/x", "HOME", "/h"))).isEqualTo(Path.of("/x/prepdeck"));
        assertThat(PrepdeckCommand.defaultDataFolder(Map.of("HOME", "/h"))).isEqualTo(Path.of("/h/.local/share/prepdeck"));
    }

    @Test
    void noCommandPrintsTheCommandList() {
        var cli = new Cli(data -> { throw new AssertionError("not opened"); }, List.of());

        assertThat(run(cli)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("import").contains("cards").contains("gaps");
    }

    @Test
    void tablesAlignColumnsAndCutLongCells() {
        var table = new Table(List.of("ID", "PROMPT"), 0, 8).row(1, "short").row(22, "Что такое генератор?");
        var text = new ByteArrayOutputStream();

        table.print(new PrintStream(text, true, StandardCharsets.UTF_8));

        assertThat(text.toString(StandardCharsets.UTF_8).lines()).containsExactly("ID  PROMPT", "1   short", "22  Что так…");
    }

    @Test
    void aSlowImportOnATerminalDrawsAProgressBarAndAQuickOneDoesNot() {
        var slow = new ByteArrayOutputStream();
        try (var bar = new ProgressDisplay(new PrintStream(slow, true, StandardCharsets.UTF_8), true, System.nanoTime() - 2_000_000_000L)) {
            bar.advanced(1, 3, "a.md");
            bar.advanced(2, 3, "b.md");
        }
        var quick = new ByteArrayOutputStream();
        try (var bar = new ProgressDisplay(new PrintStream(quick, true, StandardCharsets.UTF_8), true, System.nanoTime())) {
            bar.advanced(1, 3, "a.md");
        }
        var piped = new ByteArrayOutputStream();
        try (var bar = new ProgressDisplay(new PrintStream(piped, true, StandardCharsets.UTF_8), false, System.nanoTime() - 2_000_000_000L)) {
            bar.advanced(1, 3, "a.md");
        }

        assertThat(slow.toString(StandardCharsets.UTF_8)).contains("Importing").contains("3");
        assertThat(quick.size()).isZero();
        assertThat(piped.size()).isZero();
    }
}
