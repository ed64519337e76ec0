package prepdeck.main;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import prepdeck.app.SearchIndex;
import prepdeck.app.LazySnippetRunner;
import prepdeck.app.SnippetRunner;
import prepdeck.app.UseCases;
import prepdeck.cli.Cli;
import prepdeck.cli.WebServing;
import prepdeck.contract.ContractJson;
import prepdeck.web.WebApp;
import prepdeck.search.LuceneSearchIndex;
import prepdeck.snippets.Limits;
import prepdeck.snippets.SnippetChecker;
import prepdeck.store.SqliteDatabase;
import prepdeck.web.markdown.MarkdownRenderer;

/** The composition root: the one place that knows every concrete class and wires them by hand. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        quietLibraryLogging();
        var out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        var err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, new Cli.Console(out, err, System.getenv(), stderrIsTerminal(), System.in, stdinIsTerminal())));
    }

    /** Runs one command line in-process and returns its exit code. */
    public static int run(String[] args, Cli.Console console) {
        WebServing serving = (useCases, folder, host, port) -> serveWeb(useCases, folder, host, port, console.env(), console.err()::println);
        // the use cases and serve --lan's paired devices share one database object (one pool of writers)
        var databases = new java.util.HashMap<java.util.List<Object>, prepdeck.store.Database>();
        java.util.function.BiFunction<Path, java.util.Optional<String>, prepdeck.store.Database> database = (folder, db) ->
                databases.computeIfAbsent(java.util.List.of(folder.toAbsolutePath().normalize(), db), k -> openDatabase(folder, db));
        return new Cli((folder, db) -> openSingleUser(database.apply(folder, db), folder), serving)
                .withServerAccounts(serverAccounts())
                .withLanServing(lanServing(database, console.env(), console.err()::println))
                .run(args, console);
    }

    /** {@code serve --lan}: single-user mode behind a gate that lets only this computer and paired devices in. */
    static prepdeck.cli.LanServing lanServing(java.util.function.BiFunction<Path, java.util.Optional<String>, prepdeck.store.Database> database,
                                              java.util.Map<String, String> env, java.util.function.Consumer<String> log) {
        return new prepdeck.cli.LanServing() {
            @Override
            public Served serve(UseCases useCases, Path dataFolder, java.util.Optional<String> db, String host, String lanAddress, int port) {
                var pairing = new prepdeck.accounts.LanPairing(Clock.systemUTC(), new prepdeck.accounts.Secrets(new java.security.SecureRandom()),
                        devices(dataFolder, db));
                return serveLan(useCases, dataFolder, host, lanAddress, port, pairing, env, log);
            }

            @Override
            public prepdeck.accounts.PairedDevices devices(Path dataFolder, java.util.Optional<String> db) {
                return database.apply(dataFolder, db).pairedDevices();
            }
        };
    }

    /** The web UI of {@link #serveWeb} on the local network, with {@code pairing}'s gate in front. */
    static prepdeck.cli.LanServing.Served serveLan(UseCases useCases, Path dataFolder, String host, String lanAddress, int port,
                                                   prepdeck.accounts.LanPairing pairing, java.util.Map<String, String> env,
                                                   java.util.function.Consumer<String> log) {
        return serveLan(useCases, dataFolder, host, lanAddress, port, pairing, env, log, s -> { });
    }

    /** The same; {@code started} is told the running server (its routes, for a test that walks them all). */
    static prepdeck.cli.LanServing.Served serveLan(UseCases useCases, Path dataFolder, String host, String lanAddress, int port,
                                                   prepdeck.accounts.LanPairing pairing, java.util.Map<String, String> env,
                                                   java.util.function.Consumer<String> log,
                                                   java.util.function.Consumer<prepdeck.web.RunningServer> started) {
        var server = new java.util.concurrent.atomic.AtomicReference<prepdeck.web.RunningServer>();
        var served = serveWeb(useCases, dataFolder, host, port, env, log, app -> app.withLan(pairing, lanAddress), s -> {
            server.set(s);
            started.accept(s);
        });
        return new prepdeck.cli.LanServing.Served(served, server.get().pairingLink().orElseThrow());
    }

    /** Single-user mode: the local deck in a SQLite file in the data folder, as its local owner sees it. */
    static UseCases openSingleUser(Path dataFolder) {
        return openSingleUser(dataFolder, java.util.Optional.empty());
    }

    /** The same in PostgreSQL when {@code --db} names a database; the data folder keeps the index and temp files. */
    static UseCases openSingleUser(Path dataFolder, java.util.Optional<String> database) {
        return openSingleUser(openDatabase(dataFolder, database), dataFolder);
    }

    static UseCases openSingleUser(prepdeck.store.Database db, Path dataFolder) {
        var workspaces = new DatabaseWorkspaces(db, dataFolder, Clock.systemUTC());
        return workspaces.of(workspaces.local());
    }

    /** The {@code --db} PostgreSQL database when one is named, else the SQLite file in the data folder. */
    static prepdeck.store.Database openDatabase(Path dataFolder, java.util.Optional<String> database) {
        return database.isPresent() ? prepdeck.store.PostgresDatabase.open(database.get()) : SqliteDatabase.open(dataFolder);
    }

    /** Server mode's accounts over a data folder's database, and its web UI behind a login. */
    static prepdeck.cli.ServerAccounts serverAccounts() {
        return new prepdeck.cli.ServerAccounts() {
            /**
             * One database object per place for accounts and workspaces alike: one pool of writers, whose
             * writes take turns in order, instead of two pools contending through SQLite's busy handler.
             */
            private final java.util.Map<java.util.List<Object>, prepdeck.store.Database> opened = new java.util.concurrent.ConcurrentHashMap<>();

            private prepdeck.store.Database database(Path dataFolder, java.util.Optional<String> database) {
                return opened.computeIfAbsent(java.util.List.of(dataFolder.toAbsolutePath().normalize(), database),
                        k -> openDatabase(dataFolder, database));
            }

            @Override
            public prepdeck.app.Accounts open(Path dataFolder, java.util.Optional<String> database, prepdeck.accounts.SignupPolicy policy) {
                var clock = Clock.systemUTC();
                var random = new java.security.SecureRandom();
                return new prepdeck.app.Accounts(database(dataFolder, database).accounts(),
                        new prepdeck.accounts.Argon2idHasher(prepdeck.accounts.Argon2idHasher.OWASP, random),
                        new prepdeck.accounts.LoginThrottle(prepdeck.accounts.LoginThrottle.DEFAULT, clock), policy,
                        new prepdeck.accounts.Secrets(random), clock);
            }

            @Override
            public WebServing.Served serve(prepdeck.app.Accounts accounts, Path dataFolder,
                                           java.util.Optional<String> database, String host, int port, boolean behindHttpsProxy) {
                // each request's use cases are its user's, on the deck their session is on, in the role their
                // membership gives them
                var clock = Clock.systemUTC();
                var workspaces = new DatabaseWorkspaces(database(dataFolder, database), dataFolder, clock,
                        DatabaseWorkspaces.SnippetCode.OPERATORS_DECKS, "1".equals(System.getenv("PREPDECK_ALLOW_WEAK_SANDBOX")));
                var server = new WebApp(workspaces, new prepdeck.web.SessionIdentity(accounts), new ContractJson(), clock, dataFolder)
                        .withAccounts(accounts, new java.security.SecureRandom(), behindHttpsProxy)
                        .start(host, port);
                return new WebServing.Served(server.url(), server);
            }
        };
    }

    /** Markdown to sanitized HTML exactly as the web pages render answers; built on first use. */
    static java.util.function.UnaryOperator<String> markdownToHtml() {
        var renderer = new java.util.concurrent.atomic.AtomicReference<MarkdownRenderer>();
        return markdown -> renderer.updateAndGet(r -> r != null ? r : new MarkdownRenderer()).render(markdown).html();
    }

    /**
     * The search index in the data folder. A second prepdeck on the same folder (a server running while the
     * CLI searches) cannot take the index's lock, so it searches an index of its own, in memory, built from
     * the store: slower to start, never wrong.
     */
    static SearchIndex openIndex(Path folder) {
        try {
            return LuceneSearchIndex.inFolder(folder);
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof org.apache.lucene.store.LockObtainFailedException) return LuceneSearchIndex.inMemory();
            throw e;
        }
    }

    /**
     * The sandboxed checker over the python3 on the PATH, looked for only when a snippet is to run; with
     * {@code ownFilesystemOnly} (a server) it runs no code where bubblewrap cannot give each run a filesystem of its own.
     */
    static SnippetRunner snippetRunner(Clock clock, boolean ownFilesystemOnly) {
        return new LazySnippetRunner(() -> {
            var checker = new SnippetChecker(SnippetChecker.findPython().orElse(null), Limits.defaults(), clock);
            return ownFilesystemOnly ? checker.onlyWithOwnFilesystem() : checker;
        });
    }

    /** Single-user mode's web UI: no login, so it listens where {@code serve} says (127.0.0.1 by default). */
    static WebServing.Served serveWeb(UseCases useCases, Path dataFolder, String host, int port) {
        return serveWeb(useCases, dataFolder, host, port, java.util.Map.of(), System.err::println);
    }

    /**
     * The same with the user's environment ({@code PREPDECK_EDITOR_URL} for "Open in editor") and where to say what the
     * watch on the imported notes did: a changed note is imported again while the server runs.
     */
    static WebServing.Served serveWeb(UseCases useCases, Path dataFolder, String host, int port, java.util.Map<String, String> env,
                                      java.util.function.Consumer<String> log) {
        return serveWeb(useCases, dataFolder, host, port, env, log, app -> app, server -> { });
    }

    private static WebServing.Served serveWeb(UseCases useCases, Path dataFolder, String host, int port, java.util.Map<String, String> env,
                                              java.util.function.Consumer<String> log, java.util.function.UnaryOperator<WebApp> extra,
                                              java.util.function.Consumer<prepdeck.web.RunningServer> started) {
        var editor = prepdeck.web.EditorLink.fromEnvironment(env);
        var watch = prepdeck.app.NoteWatch.start(useCases.importNotes(), Clock.systemUTC(), prepdeck.app.NoteWatch.QUIET, log);
        prepdeck.web.RunningServer server;
        try {
            server = extra.apply(WebApp.singleUser(useCases, new ContractJson(), Clock.systemUTC(), dataFolder)
                    .withNoteWatch(watch).withEditorLink(editor)).start(host, port);
            started.accept(server);
        } catch (RuntimeException e) {
            watch.close();
            throw e;
        }
        // the index is caught up and warmed while the user opens the page; stopping waits for it (after the server
        // has stopped answering), so no warm-up still writes the index when the data folder is closed or removed
        var warmUp = prepdeck.app.SearchWarmUp.start(useCases.search(),
                () -> useCases.knowledge().gaps(0, WebApp.GAPS_ON_FIRST_PAGE).items(), WebApp.CARDS_PER_GAP);
        AutoCloseable stop = () -> {
            try {
                server.close();
            } finally {
                watch.close();
                warmUp.await();
            }
        };
        return new WebServing.Served(server.url(), stop, warmUp.done());
    }

    /**
     * Lucene reports through java.util.logging that it could run faster with an incubator module; the
     * user cannot act on that, so it goes unsaid. (Set in LogManager's configuration, which outlives any
     * one logger object.)
     */
    private static void quietLibraryLogging() {
        try {
            java.util.logging.LogManager.getLogManager().readConfiguration(new java.io.ByteArrayInputStream(
                    "org.apache.lucene.level = SEVERE\n".getBytes(StandardCharsets.UTF_8)));
        } catch (java.io.IOException e) {
            // the warning shows; nothing else changes
        }
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
