package prepdeck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import prepdeck.app.ImportProgress;
import prepdeck.app.ImportReport;
import prepdeck.bench.Machine;
import prepdeck.bench.SyntheticNotes;

/** {@code prepdeck bench import|search [--json]} */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure prepdeck's speed on this machine.",
                "Everything runs in a fresh temporary data folder (your data is not touched).",
                "import: a synthetic corpus (fixed seed; Russian, Ukrainian, English; 100 cards a file) imported whole,",
                "again unchanged, and again after one file changed (median of several runs for the re-imports).",
                "search: a synthetic 100,000-card deck in the three languages indexed whole, then 1,000 queries (10%% with a typo).",
                "review: the same corpus with a synthetic review history (--reviews answers); the next card picked",
                "again and again (p50/p99), then answers POSTed over loopback HTTP by --clients clients (answers/s, p50/p99).",
                "server: server mode as 'serve --accounts' runs it, on loopback: --learners accounts log in over HTTP and answer",
                "the cards of a shared deck (--files 100 unless given) at once for --seconds (60 unless given), then every",
                "acknowledged answer is checked to be stored once; --single-user runs the same load against plain 'serve'.",
                "readiness: a small synthetic deck (--files 2 unless given) with a month of history and the interview 60 days",
                "ahead: the first forecast of the process, then the forecast after each of 15 answers (median, max).",
                "check: the notes in --notes (../shared/seeds unless given) imported; every card's answer checked in-process against",
                "an answer made of its first half and a few words of its own (key points found afresh each time, as the page does):",
                "per-answer time p50/p99/max.",
                "pages: a deck of many small topics (--files 1000: 50,000 topics, 100,000 cards and gaps) with a review history,",
                "served on loopback; every page and API route fetched cold once, then 5 times (median, ms) with its size (KB)."})
final class BenchCommand implements Callable<Integer> {
    @ParentCommand PrepdeckCommand root;
    @Mixin JsonOption output;

    @Parameters(paramLabel = "WHAT", description = "What to measure: ${COMPLETION-CANDIDATES}.")
    What what;

    @Option(names = "--files", paramLabel = "N", description = "Files in the synthetic corpus (default: ${DEFAULT-VALUE}, i.e. 100,000 cards).")
    int files = 1000;

    @Option(names = "--http", description = "search: through a real server instead: the synthetic corpus (--files) imported into a"
            + " data folder, served on a random port, GET /api/search over one keep-alive connection; the same queries in-process beside it.")
    boolean http;

    @Option(names = "--runs", paramLabel = "N", description = "Re-imports measured for each median (default: ${DEFAULT-VALUE}).")
    int runs = 5;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the synthetic corpus (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--cards", paramLabel = "N", description = "search: cards in the synthetic deck (default: ${DEFAULT-VALUE}).")
    int cards = prepdeck.search.SearchBenchmark.DEFAULT_CARDS;

    @Option(names = "--queries", paramLabel = "N", description = "search: queries timed (default: ${DEFAULT-VALUE}).")
    int queries = prepdeck.search.SearchBenchmark.DEFAULT_QUERIES;

    @Option(names = "--reviews", paramLabel = "N", description = "review: answers in the synthetic history (default: ${DEFAULT-VALUE}).")
    int reviews = 1_000_000;

    @Option(names = "--answers", paramLabel = "N", description = "review: answers sent over HTTP, at most (default: ${DEFAULT-VALUE}).")
    int answers = 30_000;

    @Option(names = "--seconds", paramLabel = "N", description = "review: the HTTP load runs at most this long (default: ${DEFAULT-VALUE}); server: the load lasts this long (default: 60).")
    int seconds = 20;

    @Option(names = "--clients", paramLabel = "N", description = "review: concurrent HTTP clients (default: ${DEFAULT-VALUE}).")
    int clients = 32;

    @Option(names = "--learners", paramLabel = "N", description = "server: learners answering at once (default: ${DEFAULT-VALUE}).")
    int learners = ServerBench.DEFAULT_LEARNERS;

    @Option(names = "--think-ms", paramLabel = "MS", description = "server: each learner waits a random 0..MS ms between cards (default: ${DEFAULT-VALUE}, "
            + "a closed loop: the most the server can take).")
    int thinkMillis = 0;

    @Option(names = "--retry-one-in", paramLabel = "N", description = "server: one answer in N is sent again with its idempotency key, "
            + "as after a lost reply, and must get the same reply (default: ${DEFAULT-VALUE}).")
    int retryOneIn = ServerBench.DEFAULT_RETRY_ONE_IN;

    @Option(names = "--single-user", description = "server: the same load against single-user mode (plain 'serve', no login), every client the one local user.")
    boolean singleUser;

    @Option(names = "--db", paramLabel = "URL", description = "server: server mode on this PostgreSQL database (postgresql://…) instead of SQLite.")
    String database;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    enum What { IMPORT, SEARCH, REVIEW, EXCHANGE, SERVER, READINESS, CHECK, PAGES }

    private final WebServing serving;
    private final ServerAccounts serverAccounts;

    BenchCommand(WebServing serving) {
        this(serving, ServerAccounts.NONE);
    }

    BenchCommand(WebServing serving, ServerAccounts serverAccounts) {
        this.serving = serving;
        this.serverAccounts = serverAccounts;
    }

    @Override
    public Integer call() throws IOException {
        if (files < 1 || runs < 1) throw new picocli.CommandLine.ParameterException(root.spec.commandLine(), "--files and --runs must be at least 1");
        Path dir = Files.createTempDirectory("prepdeck-bench-");
        try {
            Map<String, Number> figures = switch (what) {
                case IMPORT -> importFigures(dir);
                case SEARCH -> http ? searchOverHttp(dir) : searchFigures();
                case REVIEW -> new ReviewBench(root, serving, seed, files, reviews, answers, seconds, clients).run(dir);
                case EXCHANGE -> exchangeFigures(dir);
                case SERVER -> new ServerBench(root, serving, serverAccounts, serverSettings()).run(dir);
                case CHECK -> checkFigures(dir);
                case PAGES -> new PagesBench(root, serving, seed, files).run(dir);
                case READINESS -> new ReadinessBench(root, seed,
                        spec.commandLine().getParseResult().hasMatchedOption("--files") ? files : ReadinessBench.DEFAULT_FILES).run(dir);
            };
            print(figures);
            return Cli.OK;
        } finally {
            deleteTree(dir);
        }
    }

    /** The server benchmark's own defaults for the options it shares: a 10,000-card deck, 60 seconds. */
    private ServerBench.Settings serverSettings() {
        var parsed = spec.commandLine().getParseResult();
        int deckFiles = parsed.hasMatchedOption("--files") ? files : ServerBench.DEFAULT_FILES;
        int loadSeconds = parsed.hasMatchedOption("--seconds") ? seconds : ServerBench.DEFAULT_SECONDS;
        if (singleUser && database != null) {
            throw new picocli.CommandLine.ParameterException(root.spec.commandLine(), "--single-user runs on the data folder's SQLite file; drop --db");
        }
        if (database != null && !database.startsWith("postgresql://")) {
            throw new picocli.CommandLine.ParameterException(root.spec.commandLine(), "--db must be a postgresql://… URL");
        }
        try {
            return new ServerBench.Settings(learners, loadSeconds, thinkMillis, retryOneIn, deckFiles, seed, singleUser, java.util.Optional.ofNullable(database));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(root.spec.commandLine(), e.getMessage());
        }
    }

    private Map<String, Number> importFigures(Path dir) throws IOException {
        var corpus = new SyntheticNotes(seed);
        Path notes = dir.resolve("notes");
        corpus.write(notes, files);
        root.data = dir.resolve("data");
        var importer = root.useCases().importNotes();

        long start = System.nanoTime();
        ImportReport first = importer.run(List.of(notes), ImportProgress.NONE);
        double fullSeconds = (System.nanoTime() - start) / 1e9;
        int cards = first.totals().cards() + first.totals().gaps();
        if (cards != files * SyntheticNotes.CARDS_PER_FILE) {
            throw new IllegalStateException("the synthetic corpus gave " + cards + " cards and gaps, not " + files * SyntheticNotes.CARDS_PER_FILE
                    + "; the benchmark would measure the wrong thing");
        }
        var unchanged = new double[runs];
        var oneChanged = new double[runs];
        Path changed = notes.resolve("notes-%04d.txt".formatted(files / 2));
        for (int r = 0; r < runs; r++) {
            start = System.nanoTime();
            var again = importer.run(List.of(notes), ImportProgress.NONE);
            unchanged[r] = (System.nanoTime() - start) / 1e6;
            if (again.totals().unchangedSources() != files) throw new IllegalStateException("an unchanged re-import read " + again.totals().sources() + " files");
            Files.writeString(changed, corpus.file(files / 2, r + 1));
            start = System.nanoTime();
            var edited = importer.run(List.of(notes), ImportProgress.NONE);
            oneChanged[r] = (System.nanoTime() - start) / 1e6;
            if (edited.totals().sources() != 1) throw new IllegalStateException("a re-import after one edit read " + edited.totals().sources() + " files");
        }
        var figures = new LinkedHashMap<String, Number>();
        figures.put("files", files);
        figures.put("cards", cards);
        figures.put("full_import_s", round(fullSeconds, 2));
        figures.put("unchanged_reimport_ms", round(median(unchanged), 1));
        figures.put("one_changed_reimport_ms", round(median(oneChanged), 1));
        return figures;
    }

    /**
     * A synthetic deck drawn from the seeds' own vocabulary (45% Russian, 35% Ukrainian, 20% English, common words
     * more often), indexed whole, then 1,000 queries in the three languages, one in ten with a typo.
     */
    private Map<String, Number> searchFigures() {
        if (cards < 1 || queries < 1) throw new picocli.CommandLine.ParameterException(root.spec.commandLine(), "--cards and --queries must be at least 1");
        var figures = new LinkedHashMap<String, Number>();
        prepdeck.search.SearchBenchmark.run(cards, queries, seed == 42 ? prepdeck.search.SearchBenchmark.DEFAULT_SEED : seed)
                .forEach((k, v) -> figures.put(k, round(v, 3)));
        return figures;
    }

    /**
     * Search as the web UI gets it: the synthetic corpus imported into a data folder and served on a random port, the
     * index warmed by 200 queries, then each query of the benchmark's mix timed from request to full reply over one
     * keep-alive connection; beside it, the same queries through the use case in this process (what HTTP adds).
     */
    private Map<String, Number> searchOverHttp(Path dir) throws IOException {
        var corpus = new SyntheticNotes(seed);
        Path notes = dir.resolve("notes");
        corpus.write(notes, files);
        root.data = dir.resolve("data");
        var useCases = root.useCases();
        var report = useCases.importNotes().run(List.of(notes), ImportProgress.NONE);
        long seedOfMix = seed == 42 ? prepdeck.search.SearchBenchmark.DEFAULT_SEED : seed;
        List<String> mix = prepdeck.search.SearchBenchmark.queryMix(queries, seedOfMix);
        List<String> warmUp = prepdeck.search.SearchBenchmark.queryMix(200, seedOfMix + 1);
        long servedAt = System.nanoTime();
        var served = this.serving.serve(useCases, root.dataFolder(), "127.0.0.1", 0);
        // a query sent at once waits for the server's warm-up (the index caught up with the import); one sent once
        // it is warm is what a user opening the page meets
        served.warm().join();
        double warmUpMs = (System.nanoTime() - servedAt) / 1e6;
        double[] overHttp = new double[mix.size()];
        double[] inProcess = new double[mix.size()];
        long hits = 0;
        try (var client = new LoopbackHttp(served.url(), 30_000)) {
            long start = System.nanoTime();
            var first = client.get("/api/search?q=" + java.net.URLEncoder.encode(warmUp.getFirst(), java.nio.charset.StandardCharsets.UTF_8) + "&limit=20", Map.of());
            double firstMs = (System.nanoTime() - start) / 1e6;
            if (first.status() != 200) throw new IllegalStateException("GET /api/search answered " + first.status() + ": " + first.body());
            for (String q : warmUp) client.get(searchPath(q), Map.of());
            for (int i = 0; i < mix.size(); i++) {
                long t = System.nanoTime();
                var reply = client.get(searchPath(mix.get(i)), Map.of());
                overHttp[i] = (System.nanoTime() - t) / 1e6;
                if (reply.status() != 200) throw new IllegalStateException("GET /api/search answered " + reply.status() + ": " + reply.body());
            }
            for (int i = 0; i < mix.size(); i++) {
                long t = System.nanoTime();
                hits += useCases.search().search(mix.get(i), 20).size();
                inProcess[i] = (System.nanoTime() - t) / 1e6;
            }
            var figures = new LinkedHashMap<String, Number>();
            figures.put("cards", report.totals().cards() + report.totals().gaps());
            figures.put("queries", mix.size());
            figures.put("warm_up_ms", round(warmUpMs, 1));
            figures.put("first_query_ms", round(firstMs, 1));
            java.util.Arrays.sort(overHttp);
            java.util.Arrays.sort(inProcess);
            figures.put("http_p50_ms", round(overHttp[(int) Math.floor(0.50 * (overHttp.length - 1))], 3));
            figures.put("http_p95_ms", round(overHttp[(int) Math.floor(0.95 * (overHttp.length - 1))], 3));
            figures.put("http_p99_ms", round(overHttp[(int) Math.floor(0.99 * (overHttp.length - 1))], 3));
            figures.put("in_process_p50_ms", round(inProcess[(int) Math.floor(0.50 * (inProcess.length - 1))], 3));
            figures.put("in_process_p95_ms", round(inProcess[(int) Math.floor(0.95 * (inProcess.length - 1))], 3));
            figures.put("hits_per_query", round((double) hits / Math.max(1, mix.size()), 2));
            return figures;
        } finally {
            try {
                served.stop().close();
            } catch (Exception e) {
                root.console().err().println("bench: the server did not stop cleanly: " + e.getMessage());
            }
        }
    }

    private static String searchPath(String query) {
        return "/api/search?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8) + "&limit=20";
    }

    @Option(names = "--notes", paramLabel = "DIR", description = "check: the notes whose cards are checked (default: ${DEFAULT-VALUE}).")
    Path checkNotes = Path.of("..", "shared", "seeds");

    /** Checking one typed answer against its card's reference, in-process, over every answered card of the notes. */
    private Map<String, Number> checkFigures(Path dir) throws IOException {
        if (!Files.isDirectory(checkNotes)) {
            throw new picocli.CommandLine.ParameterException(root.spec.commandLine(), "--notes " + checkNotes + ": no such folder");
        }
        root.data = dir.resolve("data");
        var useCases = root.useCases();
        useCases.importNotes().run(List.of(checkNotes), ImportProgress.NONE);
        var cards = useCases.knowledge().cards(prepdeck.app.CardQuery.ALL).stream().filter(c -> !c.answer().isBlank()).toList();
        if (cards.isEmpty()) throw new IllegalStateException("no answered cards in " + checkNotes);
        try (var analysis = new prepdeck.search.LuceneTextAnalysis()) {
            long start = System.nanoTime();
            var checker = new prepdeck.review.interview.AnswerChecker(analysis);
            double startMs = (System.nanoTime() - start) / 1e6;
            var times = new java.util.ArrayList<Double>();
            var first = new java.util.ArrayList<Double>(); // the first answer to a card analyses its reference
            var again = new java.util.ArrayList<Double>(); // later answers find the card's key points kept
            int withPoints = 0;
            for (int round = 0; round < 3; round++) { // the first round warms the JIT up; all rounds are counted
                for (var card : cards) { // as a mock interview checks: the card's prompt and answer, the analysis kept between answers
                    String reference = card.answer();
                    String answer = reference.substring(0, reference.length() / 2) + " — я думаю, это так, not sure";
                    long t = System.nanoTime();
                    var check = checker.check(card.prompt(), reference, answer, prepdeck.ingest.TextLanguage.guess(reference));
                    double ms = (System.nanoTime() - t) / 1e6;
                    times.add(ms);
                    (round == 0 ? first : again).add(ms);
                    if (round == 0 && check.score().isPresent()) withPoints++;
                }
            }
            java.util.Collections.sort(times);
            java.util.Collections.sort(first);
            java.util.Collections.sort(again);
            var figures = new LinkedHashMap<String, Number>();
            figures.put("cards", cards.size());
            figures.put("cards_with_points", withPoints);
            figures.put("checks", times.size());
            figures.put("checker_start_ms", round(startMs, 1));
            figures.put("check_p50_ms", round(times.get(times.size() / 2), 2));
            figures.put("check_p99_ms", round(times.get((int) Math.min(times.size() - 1, Math.ceil(times.size() * 0.99) - 1)), 2));
            figures.put("check_max_ms", round(times.getLast(), 2));
            figures.put("first_check_p99_ms", round(first.get((int) Math.min(first.size() - 1, Math.ceil(first.size() * 0.99) - 1)), 2));
            figures.put("later_check_p99_ms", round(again.get((int) Math.min(again.size() - 1, Math.ceil(again.size() * 0.99) - 1)), 2));
            return figures;
        }
    }

    /**
     * The import benchmark's corpus (100,000 cards and gaps by default) exported as an Anki package, and the
     * package imported into a second, empty data folder.
     */
    private Map<String, Number> exchangeFigures(Path dir) throws IOException {
        Path notes = dir.resolve("notes");
        new SyntheticNotes(seed).write(notes, files);
        root.data = dir.resolve("data");
        var useCases = root.useCases();
        useCases.importNotes().run(List.of(notes), ImportProgress.NONE);
        Path apkg = dir.resolve("deck.apkg");
        long start = System.nanoTime();
        var exported = useCases.exportApkg().export(apkg, java.util.Optional.empty());
        double exportSeconds = (System.nanoTime() - start) / 1e9;
        var other = root.useCasesAt(dir.resolve("data-imported"));
        start = System.nanoTime();
        var imported = other.importApkg().run(apkg, ImportProgress.NONE);
        double importSeconds = (System.nanoTime() - start) / 1e9;
        int cardsIn = imported.report().totals().cards() + imported.report().totals().gaps();
        if (cardsIn != exported.notes()) {
            throw new IllegalStateException("the package held " + exported.notes() + " notes but " + cardsIn + " cards came back");
        }
        var figures = new LinkedHashMap<String, Number>();
        figures.put("cards", exported.notes());
        figures.put("decks", exported.decks());
        figures.put("package_mb", round(Files.size(apkg) / (1024.0 * 1024), 1));
        figures.put("export_s", round(exportSeconds, 2));
        figures.put("import_s", round(importSeconds, 2));
        return figures;
    }

    private void print(Map<String, Number> figures) {
        var out = root.console().out();
        String machine = Machine.describe();
        if (output.json) {
            var json = root.json().mapper().createObjectNode();
            var f = json.putObject("figures");
            figures.forEach((k, v) -> f.putPOJO(k, v));
            json.put("machine", machine);
            out.println(root.json().write(json));
        } else {
            var table = new Table(List.of("FIGURE", "VALUE"));
            figures.forEach(table::row);
            table.print(out);
            out.println("machine: " + machine);
        }
    }

    static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
