package prepdeck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;
import prepdeck.app.PrepdeckException;
import prepdeck.app.UseCases;

/**
 * The command line: {@code prepdeck [--data DIR] COMMAND …}. Exit codes: {@value #OK} ok,
 * {@value #USER_ERROR} the user's input is at fault, {@value #INTERNAL_ERROR} an internal error.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int INTERNAL_ERROR = 2;

    /** Builds the use cases over a data folder and, when {@code --db} is given, the database it names. */
    @FunctionalInterface
    public interface Opener {
        UseCases open(Path dataFolder, java.util.Optional<String> database);
    }

    private final Opener open;
    private final List<Object> extraCommands;
    private final WebServing serving;
    private ServerAccounts serverAccounts = ServerAccounts.NONE;
    private LanServing lanServing = LanServing.NONE;

    /**
     * @param open          builds the use cases over a data folder; called at most once per run, and only by
     *                      commands that need it (so {@code --help} touches nothing)
     * @param extraCommands more picocli command objects (serve, demo…) wired by the composition root
     */
    public Cli(Function<Path, UseCases> open, List<Object> extraCommands) {
        this(open, extraCommands, (useCases, folder, host, port) -> {
            throw new UnsupportedOperationException("this prepdeck was built without its web UI");
        });
    }

    /** @param serving starts the web UI for {@code serve} and {@code demo} */
    public Cli(Function<Path, UseCases> open, WebServing serving) {
        this(open, List.of(), serving);
    }

    /** @param open builds the use cases over a data folder or, with {@code --db}, a PostgreSQL database */
    public Cli(Opener open, WebServing serving) {
        this.open = Objects.requireNonNull(open);
        this.extraCommands = List.of();
        this.serving = Objects.requireNonNull(serving);
    }

    private Cli(Function<Path, UseCases> open, List<Object> extraCommands, WebServing serving) {
        Objects.requireNonNull(open);
        this.open = (folder, database) -> {
            if (database.isPresent()) throw new prepdeck.app.InvalidInputException("this prepdeck cannot open --db; it keeps its notes in the data folder");
            return open.apply(folder);
        };
        this.extraCommands = List.copyOf(extraCommands);
        this.serving = Objects.requireNonNull(serving);
    }

    /** Adds server mode: {@code serve --accounts} and {@code user add|invite}. */
    public Cli withServerAccounts(ServerAccounts serverAccounts) {
        this.serverAccounts = Objects.requireNonNull(serverAccounts);
        return this;
    }

    /** Adds {@code serve --lan} (a phone on the local network) and {@code devices list|revoke}. */
    public Cli withLanServing(LanServing lanServing) {
        this.lanServing = Objects.requireNonNull(lanServing);
        return this;
    }

    /** The commands every prepdeck has; add a new one here (or pass it in from the composition root). */
    private List<Object> standardCommands() {
        return List.of(new ImportCommand(), new StatsCommand(), new TopicsCommand(), new CardsCommand(), new GapsCommand(),
                new ServeCommand(serving, serverAccounts, lanServing), new DevicesCommand(lanServing), new DemoCommand(serving), new BenchCommand(serving, serverAccounts), new SnippetsCommand(), new ReviewCommand(),
                new FsrsCommand(), new PlanCommand(), new SimulateCommand(), new SearchCommand(), new ReindexCommand(),
                new CheckAnswerCommand(), new EditCommand(), new SettingsCommand(), new InterviewDateCommand(), new InterviewCommand(), new InterviewsCommand(), new ExportCommand(),
                new UserCommand(serverAccounts), new DeliveryCommand());
    }

    /** Runs one command line and returns its exit code; never calls {@link System#exit}. */
    public int run(String[] args, Console console) {
        // `prepdeck --version` alone answers before picocli builds its ~30 subcommands (most of that start-up);
        // the same line picocli's --version prints (CliTest compares them)
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            for (String line : new PrepdeckCommand.Version().getVersion()) console.out().println(line);
            console.out().flush();
            return OK;
        }
        return runParsed(args, console);
    }

    /** The root's options that take a value: skipped when looking for the command's name. */
    private static final java.util.Set<String> ROOT_VALUE_OPTIONS = java.util.Set.of("--data", "--db");

    /**
     * The command {@code args} name by its first word after the root's options, if it is one of {@code commands}
     * (by name or alias); empty for a line that names none (root help, a typo picocli should answer).
     */
    static Optional<Object> named(String[] args, List<Object> commands) {
        int i = 0;
        while (i < args.length && args[i].startsWith("-")) {
            if (ROOT_VALUE_OPTIONS.contains(args[i])) i++; // "--data DIR"; "--data=DIR" is one word
            else if (!args[i].contains("=")) return Optional.empty(); // -h, --version, an unknown option: picocli's to answer
            i++;
        }
        if (i >= args.length) return Optional.empty();
        String word = args[i];
        for (Object command : commands) {
            CommandLine.Command c = command.getClass().getAnnotation(CommandLine.Command.class);
            if (c != null && (c.name().equals(word) || List.of(c.aliases()).contains(word))) return Optional.of(command);
        }
        return Optional.empty();
    }

    /** The command line through picocli (every command, and --version among other arguments). */
    int runParsed(String[] args, Console console) {
        var root = new PrepdeckCommand(open, console);
        var commandLine = new CommandLine(root);
        var commands = new ArrayList<>(standardCommands());
        commands.addAll(extraCommands);
        // picocli reads every command's annotations when it is added (a third of `stats`' start-up for ~25 of them):
        // a line that names its command gets that one only; anything else (help, a typo to suggest for) gets all
        for (Object command : named(args, commands).map(List::of).orElse(commands)) commandLine.addSubcommand(command);
        commandLine.setOut(new PrintWriter(console.out(), true));
        commandLine.setErr(new PrintWriter(console.err(), true));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            console.err().println("prepdeck: " + e.getMessage());
            var help = e.getCommandLine().getCommandSpec().qualifiedName();
            console.err().println("see '" + help + " --help'");
            return USER_ERROR;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> switch (e) {
            case PrepdeckException p -> {
                console.err().println("prepdeck: " + p.getMessage());
                yield USER_ERROR;
            }
            default -> {
                console.err().println("prepdeck: internal error: " + e);
                if (console.env().containsKey("PREPDECK_DEBUG")) e.printStackTrace(console.err());
                else console.err().println("(set PREPDECK_DEBUG=1 for the stack trace)");
                yield INTERNAL_ERROR;
            }
        });
        try {
            return commandLine.execute(args);
        } finally {
            root.close();
        }
    }

    /**
     * Where a run reads and writes.
     *
     * @param errIsTerminal whether stderr is a terminal (a progress bar is drawn only there)
     * @param in            what interactive commands (review) read keys from
     * @param inIsTerminal  whether {@code in} is a terminal that can be put in raw mode (keys without Enter)
     */
    public record Console(java.io.PrintStream out, java.io.PrintStream err, Map<String, String> env, boolean errIsTerminal,
                          java.io.InputStream in, boolean inIsTerminal) {
        public Console {
            Objects.requireNonNull(out);
            Objects.requireNonNull(err);
            Objects.requireNonNull(in);
            env = Map.copyOf(env);
        }

        /** A console with nothing to read. */
        public Console(java.io.PrintStream out, java.io.PrintStream err, Map<String, String> env, boolean errIsTerminal) {
            this(out, err, env, errIsTerminal, java.io.InputStream.nullInputStream(), false);
        }
    }
}
