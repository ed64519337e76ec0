package prepdeck.cli;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import prepdeck.app.UseCases;
import prepdeck.contract.ContractJson;

/** The root command: global options, and what every subcommand shares. */
@Command(name = "prepdeck", mixinStandardHelpOptions = true, versionProvider = PrepdeckCommand.Version.class,
        description = "Turns your interview notes into a trainer: topics, cards, gaps, and practice.",
        footer = {"", "Exit codes: 0 ok, 1 your input is at fault (the message names file and line), 2 internal error."})
final class PrepdeckCommand implements Runnable, AutoCloseable {
    @Spec CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder (default: $PREPDECK_DATA, else $XDG_DATA_HOME/prepdeck, else ~/.local/share/prepdeck).")
    Path data;

    @Option(names = "--db", paramLabel = "URL",
            description = "A PostgreSQL database (postgresql://user:password@host:port/db) instead of the SQLite file in the data folder,"
                    + " which still keeps the search index and temporary files.")
    String database;

    private final Cli.Opener open;
    private final Cli.Console console;
    private UseCases useCases;
    private ContractJson json;

    PrepdeckCommand(Cli.Opener open, Cli.Console console) {
        this.open = open;
        this.console = console;
    }

    @Override
    public void run() {
        spec.commandLine().usage(console.out());
    }

    /** The use cases over the data folder, opened on first use. */
    UseCases useCases() {
        if (useCases == null) useCases = open.open(dataFolder(), java.util.Optional.ofNullable(database));
        return useCases;
    }

    /** The use cases over another data folder, opened afresh (a benchmark's second folder). */
    UseCases useCasesAt(Path folder) {
        return open.open(folder, java.util.Optional.empty());
    }

    /** The {@code --db} database, when one is named (else the data folder's SQLite file). */
    java.util.Optional<String> database() {
        return java.util.Optional.ofNullable(database);
    }

    Path dataFolder() {
        return data != null ? data : defaultDataFolder(console.env());
    }

    static Path defaultDataFolder(Map<String, String> env) {
        String explicit = env.get("PREPDECK_DATA");
        if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "prepdeck");
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".local", "share", "prepdeck");
    }

    Cli.Console console() {
        return console;
    }

    /** The contract's JSON writer, made on first use: Jackson's start-up is for {@code --json} runs only. */
    ContractJson json() {
        if (json == null) json = new ContractJson();
        return json;
    }

    @Override
    public void close() {
        console.out().flush();
        console.err().flush();
    }

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = PrepdeckCommand.class.getPackage().getImplementationVersion();
            return new String[] {"prepdeck " + (v == null ? "(development build)" : v)};
        }
    }
}
