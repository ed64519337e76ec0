package prepdeck.main;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import prepdeck.app.DeckKnowledge;
import prepdeck.app.DeckPractice;
import prepdeck.app.ImportNotes;
import prepdeck.app.UseCases;
import prepdeck.cli.Cli;
import prepdeck.cli.WebServing;
import prepdeck.contract.ContractJson;
import prepdeck.web.WebApp;
import prepdeck.ingest.NoteReader;
import prepdeck.review.fsrs.Parameters;
import prepdeck.review.fsrs.Scheduler;
import prepdeck.review.fsrs.SchedulerConfig;
import prepdeck.store.SqliteDatabase;

/** The composition root: the one place that knows every concrete class and wires them by hand. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        var out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        var err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, new Cli.Console(out, err, System.getenv(), stderrIsTerminal(), System.in, stdinIsTerminal())));
    }

    /** Runs one command line in-process and returns its exit code. */
    public static int run(String[] args, Cli.Console console) {
        return new Cli(Main::openSingleUser, Main::serveWeb).run(args, console);
    }

    /** Single-user mode: the local deck in a SQLite file in the data folder. */
    static UseCases openSingleUser(Path dataFolder) {
        var clock = Clock.systemUTC();
        var store = SqliteDatabase.open(dataFolder).localDeck();
        var scheduler = new Scheduler(Parameters.DEFAULT, SchedulerConfig.DEFAULT.withFuzz(true));
        return new UseCases(new DeckKnowledge(store), new ImportNotes(store, new NoteReader(), clock, NoteReader.VERSION),
                new DeckPractice(store, scheduler, clock));
    }

    /** Single-user mode's web UI: no login, so it listens where {@code serve} says (127.0.0.1 by default). */
    static WebServing.Served serveWeb(UseCases useCases, Path dataFolder, String host, int port) {
        var server = new WebApp(useCases.knowledge(), useCases.importNotes(), useCases.practice(), new ContractJson(), Clock.systemUTC(), dataFolder).start(host, port);
        return new WebServing.Served(server.url(), server);
    }

    /** The launcher knows (test -t 0); run another way, line-by-line input is the safe guess. */
    private static boolean stdinIsTerminal() {
        return Boolean.parseBoolean(System.getProperty("prepdeck.stdin.tty", "false"));
    }

    /** The launcher knows (test -t 2) and says so; run another way, a console on stdin/stdout is the best guess. */
    private static boolean stderrIsTerminal() {
        String told = System.getProperty("prepdeck.stderr.tty");
        if (told != null) return Boolean.parseBoolean(told);
        return System.console() != null;
    }

}
