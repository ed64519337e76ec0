package prepdeck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import prepdeck.accounts.SignupPolicy;
import prepdeck.app.Accounts;
import prepdeck.app.ImportProgress;
import prepdeck.bench.SyntheticNotes;

/**
 * {@code prepdeck bench server}: many learners answering cards at once against one prepdeck on loopback, bounded
 * in count (learners) and time (seconds), then a check that the database holds exactly the answers the server
 * acknowledged.
 *
 * <p>Server mode is set up as {@code serve --accounts} sets it up (the composition root's {@link ServerAccounts},
 * a real HTTP server on a random loopback port): an admin account and one account per learner are created
 * through {@code Accounts} at the real Argon2id cost; the admin logs in over HTTP and imports a synthetic deck
 * (the shared deck, {@value #DEFAULT_FILES} files of 100 cards unless {@code --files}); every learner logs in over
 * HTTP, all at once (a class starting), and keeps their own cookies and CSRF token. Single-user mode
 * ({@code --single-user}) is the plain {@code serve}: the same deck imported locally, no login, every client
 * answering as the one local user.
 *
 * <p>Each learner loops until the time is up: {@code GET /api/review/next}, then {@code POST /api/reviews} with
 * the card it got, a rating (10% Again, 15% Hard, 60% Good, 15% Easy) and a fresh idempotency key; one answer
 * in fifty is sent again with the same key (a retry after a lost reply) and must get the very same reply. Between
 * two cards a learner thinks for a uniformly random 0..{@code --think-ms} ms (0: a closed loop, the most the
 * server can take). Afterwards each learner's stored reviews, as the app counts them ({@code GET /api/stats}),
 * must equal the answers acknowledged to that learner: fewer is a lost answer, more a doubled one.
 */
final class ServerBench {
    static final int DEFAULT_FILES = 100;
    static final int DEFAULT_SECONDS = 60;
    static final int DEFAULT_LEARNERS = 200;
    /** One answer in this many is re-sent with its key, unless {@code --retry-one-in} says otherwise. */
    static final int DEFAULT_RETRY_ONE_IN = 50;
    /** A request with no reply for this long is an error (and, for an answer, of unknown outcome). */
    private static final int TIMEOUT_MILLIS = 30_000;
    /** The daily new-card limit each learner sets (the most the app allows), so that the queue does not run dry within a run. */
    private static final int NEW_PER_DAY = 10_000;
    private static final String ADMIN = "bench-admin";

    /** What to run. */
    record Settings(int learners, int seconds, int thinkMillis, int retryOneIn, int files, long seed, boolean singleUser, Optional<String> database) {
        Settings {
            if (retryOneIn < 1) throw new IllegalArgumentException("--retry-one-in must be at least 1, got " + retryOneIn);
            if (learners < 1) throw new IllegalArgumentException("--learners must be at least 1, got " + learners);
            if (seconds < 1) throw new IllegalArgumentException("--seconds must be at least 1, got " + seconds);
            if (thinkMillis < 0) throw new IllegalArgumentException("--think-ms must be 0 or more, got " + thinkMillis);
            if (files < 1) throw new IllegalArgumentException("--files must be at least 1, got " + files);
        }
    }

    private final PrepdeckCommand root;
    private final WebServing serving;
    private final ServerAccounts server;
    private final Settings settings;
    private final ObjectMapper mapper;
    private final PrintStream err;

    ServerBench(PrepdeckCommand root, WebServing serving, ServerAccounts server, Settings settings) {
        this.root = root;
        this.serving = serving;
        this.server = server;
        this.settings = settings;
        this.mapper = root.json().mapper();
        this.err = root.console().err();
    }

    Map<String, Number> run(Path dir) throws IOException {
        Path notes = dir.resolve("notes");
        new SyntheticNotes(settings.seed()).write(notes, settings.files());
        root.data = dir.resolve("data");
        var figures = new LinkedHashMap<String, Number>();
        figures.put("learners", settings.learners());
        figures.put("seconds", settings.seconds());
        figures.put("think_ms_max", settings.thinkMillis());
        figures.put("retry_one_in", settings.retryOneIn());
        return settings.singleUser() ? singleUser(notes, figures) : serverMode(notes, figures);
    }

    // ---------------------------------------------------------------------------------------------- server mode

    private Map<String, Number> serverMode(Path notes, Map<String, Number> figures) throws IOException {
        ServerAccounts mode = server;
        Accounts accounts = mode.open(root.dataFolder(), settings.database(), SignupPolicy.CLOSED);
        var learners = new ArrayList<Learner>();
        for (int i = 0; i < settings.learners(); i++) learners.add(new Learner(i, "learner-%04d".formatted(i), "bench password " + i + " of the load"));

        long start = System.nanoTime();
        accounts.addAccount(ADMIN, "bench password of the admin", true);
        createAccounts(accounts, learners);
        figures.put("accounts_s", BenchCommand.round(seconds(start), 2));

        // as ServeCommand does it: the local use cases are opened, the server builds its own per request
        var served = mode.serve(accounts, root.dataFolder(), settings.database(), "127.0.0.1", 0, false);
        try {
            URI url = served.url();
            try (var admin = new LoopbackHttp(url, TIMEOUT_MILLIS)) {
                String csrf = logIn(admin, ADMIN, "bench password of the admin");
                start = System.nanoTime();
                var imported = admin.postJson("/api/import", LoopbackHttp.headers("X-CSRF-Token", csrf),
                        mapper.createObjectNode().set("paths", mapper.createArrayNode().add(notes.toString())).toString());
                if (imported.status() != 200) throw new IllegalStateException("the admin's import failed: " + imported.status() + " " + imported.body());
                figures.put("import_s", BenchCommand.round(seconds(start), 2));
                figures.put("cards", liveCards(admin));
            }
            figures.putAll(logInAll(url, learners));
            for (Learner l : learners) l.setNewCardLimit();
            figures.putAll(load(learners));
            figures.putAll(checkPerLearner(learners));
        } finally {
            for (Learner l : learners) l.http.close();
            stop(served);
        }
        return figures;
    }

    /**
     * Accounts are made through {@code Accounts.addAccount}, as {@code prepdeck user add} makes them, at the real
     * Argon2id cost, a few at a time (as many as there are cores): the setup's time is reported, not measured
     * against anything.
     */
    private static void createAccounts(Accounts accounts, List<Learner> learners) {
        try (var pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
            var made = new ArrayList<java.util.concurrent.Future<?>>();
            for (Learner l : learners) made.add(pool.submit(() -> accounts.addAccount(l.name, l.password, false)));
            for (var f : made) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while creating the learners' accounts");
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("could not create a learner's account: " + e.getCause(), e.getCause());
                }
            }
        }
    }

    /** Every learner logs in over HTTP at the same moment; the figures are each login's time (form fetched, then posted). */
    private Map<String, Number> logInAll(URI url, List<Learner> learners) {
        var times = new double[learners.size()];
        var failures = new ConcurrentHashMap<String, AtomicInteger>();
        var go = new CountDownLatch(1);
        long start;
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Learner l : learners) {
                l.http = new LoopbackHttp(url, TIMEOUT_MILLIS);
                pool.submit(() -> {
                    awaitQuietly(go);
                    long t = System.nanoTime();
                    try {
                        l.csrf = logIn(l.http, l.name, l.password);
                    } catch (IOException | RuntimeException e) {
                        failures.computeIfAbsent("login: " + e, k -> new AtomicInteger()).incrementAndGet();
                    }
                    times[l.index] = (System.nanoTime() - t) / 1e6;
                });
            }
            start = System.nanoTime();
            go.countDown();
        }
        double wall = seconds(start);
        failures.forEach((what, n) -> err.println("bench: " + n + " × " + what));
        int failed = failures.values().stream().mapToInt(AtomicInteger::get).sum();
        // a refused login is an error of the run (counted as such), but the learner tries again, as a person would,
        // one at a time now that the rush is over, so the load still has all its learners
        for (Learner l : learners) {
            for (int attempt = 1; l.csrf == null; attempt++) {
                try {
                    l.csrf = logIn(l.http, l.name, l.password);
                } catch (IOException | RuntimeException e) {
                    if (attempt == 3) throw new IllegalStateException(l.name + " could not log in, 3 times over: " + e, e);
                }
            }
        }
        var figures = new LinkedHashMap<String, Number>();
        figures.put("login_errors", failed);
        figures.put("logins_all_s", BenchCommand.round(wall, 2));
        figures.put("login_p50_ms", BenchCommand.round(ReviewBench.percentile(times, 50), 1));
        figures.put("login_p99_ms", BenchCommand.round(ReviewBench.percentile(times, 99), 1));
        figures.put("login_max_ms", BenchCommand.round(Arrays.stream(times).max().orElse(0), 1));
        return figures;
    }

    /** Logs in as a browser does (the form's own token, then the form posted); returns the session's CSRF token. */
    private static String logIn(LoopbackHttp http, String name, String password) throws IOException {
        var form = http.get("/login", Map.of());
        if (form.status() != 200) throw new IllegalStateException("GET /login answered " + form.status());
        String formToken = http.cookie("prepdeck_login").orElseThrow(() -> new IllegalStateException("GET /login set no form token"));
        var reply = http.postForm("/login", Map.of(), Map.of("name", name, "password", password, "_csrf", formToken, "next", "/"));
        if (reply.status() != 303) throw new IllegalStateException("POST /login as " + name + " answered " + reply.status());
        if (http.cookie("prepdeck_session").isEmpty()) throw new IllegalStateException("POST /login as " + name + " set no session cookie");
        return http.cookie("prepdeck_csrf").orElseThrow(() -> new IllegalStateException("POST /login as " + name + " set no CSRF cookie"));
    }

    /** Per learner, the reviews the app counts for them on the shared deck against the answers acknowledged to them. */
    private Map<String, Number> checkPerLearner(List<Learner> learners) throws IOException {
        long stored = 0;
        long lost = 0;
        long doubled = 0;
        int mismatched = 0;
        for (Learner l : learners) {
            long count = l.storedReviews();
            stored += count;
            long acked = l.acknowledged.size();
            if (count < acked) lost += acked - count;
            if (count > acked + l.unknown) doubled += count - acked - l.unknown;
            if (count != acked) {
                mismatched++;
                if (mismatched <= 5) {
                    err.println("bench: " + l.name + " has " + count + " reviews stored, " + acked + " answers acknowledged, " + l.unknown
                            + " of unknown outcome");
                }
            }
        }
        var figures = new LinkedHashMap<String, Number>();
        figures.put("reviews_stored", stored);
        figures.put("reviews_lost", lost);
        figures.put("reviews_doubled", doubled);
        figures.put("learners_mismatched", mismatched);
        return figures;
    }

    // ---------------------------------------------------------------------------------------------- single-user

    private Map<String, Number> singleUser(Path notes, Map<String, Number> figures) throws IOException {
        var useCases = root.useCases();
        // a single user answering hundreds of cards a second would re-fit FSRS every 500 answers in the background
        // and charge that to the comparison; no real learner does that, so it is off
        useCases.practice().autoRefitEvery(0);
        long start = System.nanoTime();
        useCases.importNotes().run(List.of(notes), ImportProgress.NONE);
        figures.put("import_s", BenchCommand.round(seconds(start), 2));
        var served = serving.serve(useCases, root.dataFolder(), "127.0.0.1", 0);
        var clients = new ArrayList<Learner>();
        try {
            for (int i = 0; i < settings.learners(); i++) {
                var c = new Learner(i, "client-" + i, "");
                c.http = new LoopbackHttp(served.url(), TIMEOUT_MILLIS);
                // a script's changes carry single-user mode's CSRF token, which any answer's cookie hands out
                c.http.get("/api/health", Map.of());
                c.csrf = c.http.cookie("prepdeck_csrf").orElseThrow(() -> new IllegalStateException("the server set no CSRF cookie"));
                clients.add(c);
            }
            Learner first = clients.getFirst();
            figures.put("cards", liveCards(first.http));
            first.setNewCardLimit();
            long before = first.storedReviews();
            figures.putAll(load(clients));
            long stored = first.storedReviews() - before;
            long acked = clients.stream().mapToLong(c -> c.acknowledged.size()).sum();
            long unknown = clients.stream().mapToLong(c -> c.unknown).sum();
            if (stored != acked) err.println("bench: " + stored + " reviews stored, " + acked + " answers acknowledged, " + unknown + " of unknown outcome");
            figures.put("reviews_stored", stored);
            figures.put("reviews_lost", Math.max(0, acked - stored));
            figures.put("reviews_doubled", Math.max(0, stored - acked - unknown));
        } finally {
            for (Learner c : clients) if (c.http != null) c.http.close();
            stop(served);
        }
        return figures;
    }

    // ---------------------------------------------------------------------------------------------- the load

    /** All learners start together and stop at the deadline; an answer under way at the deadline is finished. */
    private Map<String, Number> load(List<Learner> learners) {
        var errors = new ConcurrentHashMap<String, AtomicInteger>();
        var go = new CountDownLatch(1);
        long[] window = new long[2];
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Learner l : learners) pool.submit(() -> {
                awaitQuietly(go);
                l.practise(window[1], errors);
            });
            window[0] = System.nanoTime();
            window[1] = window[0] + Duration.ofSeconds(settings.seconds()).toNanos();
            go.countDown();
        }
        double elapsed = seconds(window[0]);
        errors.forEach((what, n) -> err.println("bench: " + n + " × " + what));

        var next = Samples.merge(learners.stream().map(l -> l.next).toList());
        var answer = Samples.merge(learners.stream().map(l -> l.answer).toList());
        var retry = Samples.merge(learners.stream().map(l -> l.retry).toList());
        long acked = learners.stream().mapToLong(l -> l.acknowledged.size()).sum();
        var figures = new LinkedHashMap<String, Number>();
        figures.put("elapsed_s", BenchCommand.round(elapsed, 2));
        figures.put("answers", acked);
        figures.put("answers_per_s", Math.round(acked / elapsed));
        figures.put("next_requests", next.length);
        latencies(figures, "next", next);
        latencies(figures, "answer", answer);
        figures.put("next_empty", learners.stream().mapToLong(l -> l.empty).sum());
        figures.put("retries", retry.length);
        if (retry.length > 0) figures.put("retry_p99_ms", BenchCommand.round(ReviewBench.percentile(retry, 99), 2));
        figures.put("retries_different", learners.stream().mapToLong(l -> l.retriesDifferent).sum());
        figures.put("review_ids_repeated", learners.stream().mapToLong(l -> l.acknowledged.size() - l.reviewIds.size()).sum());
        figures.put("errors", errors.values().stream().mapToLong(AtomicInteger::get).sum());
        figures.put("answers_unknown", learners.stream().mapToLong(l -> l.unknown).sum());
        return figures;
    }

    /** p50, p99 and max of one kind of request; none when there was no such request (JSON has no NaN). */
    private static void latencies(Map<String, Number> figures, String name, double[] millis) {
        if (millis.length == 0) return;
        figures.put(name + "_p50_ms", BenchCommand.round(ReviewBench.percentile(millis, 50), 2));
        figures.put(name + "_p99_ms", BenchCommand.round(ReviewBench.percentile(millis, 99), 2));
        figures.put(name + "_max_ms", BenchCommand.round(Arrays.stream(millis).max().orElseThrow(), 2));
    }

    /** One learner (or, in single-user mode, one client of the one user): their connection, session and tally. */
    private final class Learner {
        final int index;
        final String name;
        final String password;
        LoopbackHttp http;
        String csrf;
        final Samples next = new Samples();
        final Samples answer = new Samples();
        final Samples retry = new Samples();
        /** Idempotency keys of the answers acknowledged with 200. */
        final Set<String> acknowledged = new HashSet<>();
        final Set<Long> reviewIds = new HashSet<>();
        long unknown;
        long empty;
        long retriesDifferent;

        Learner(int index, String name, String password) {
            this.index = index;
            this.name = name;
            this.password = password;
        }

        Map<String, String> auth() {
            return csrf == null ? Map.of() : Map.of("X-CSRF-Token", csrf);
        }

        void setNewCardLimit() throws IOException {
            var reply = http.postJson("/api/review/settings", auth(), "{\"new_per_day\":" + NEW_PER_DAY + "}");
            if (reply.status() != 200) throw new IllegalStateException(name + " could not set the new-card limit: " + reply.status() + " " + reply.body());
        }

        long storedReviews() throws IOException {
            var reply = http.get("/api/stats", Map.of());
            if (reply.status() != 200) throw new IllegalStateException("GET /api/stats as " + name + " answered " + reply.status() + " " + reply.body());
            return mapper.readTree(reply.body()).path("reviews").asLong(-1);
        }

        void practise(long deadline, Map<String, AtomicInteger> errors) {
            var random = new SplittableRandom(settings.seed() * 1_000_003 + index);
            int n = 0;
            while (System.nanoTime() < deadline) {
                long card;
                long t = System.nanoTime();
                try {
                    var reply = http.get("/api/review/next", Map.of());
                    next.add((System.nanoTime() - t) / 1e6);
                    if (reply.status() == 204) {
                        empty++;
                        LockSupport.parkNanos(50_000_000L);
                        continue;
                    }
                    if (reply.status() != 200) {
                        error(errors, "GET /api/review/next answered " + reply.status() + ": " + abbreviate(reply.body()));
                        continue;
                    }
                    card = mapper.readTree(reply.body()).path("card").path("id").asLong(-1);
                } catch (IOException e) {
                    error(errors, "GET /api/review/next: " + e);
                    continue;
                }
                String key = "bench-" + index + "-" + n++;
                String body = "{\"card\":" + card + ",\"rating\":" + rating(random) + ",\"idempotency_key\":\"" + key
                        + "\",\"duration_ms\":" + (2_000 + random.nextInt(8_000)) + "}";
                Optional<String> receipt = post(body, answer, errors);
                if (receipt.isPresent()) {
                    acknowledged.add(key);
                    reviewIds.add(reviewId(receipt.get()));
                    if (random.nextInt(settings.retryOneIn()) == 0) {
                        Optional<String> again = post(body, retry, errors);
                        if (again.isPresent() && !again.get().equals(receipt.get())) {
                            retriesDifferent++;
                            error(errors, "a retry of " + key + " got " + abbreviate(again.get()) + ", not " + abbreviate(receipt.get()));
                        }
                    }
                } else {
                    unknown++;
                }
                if (settings.thinkMillis() > 0) LockSupport.parkNanos(random.nextLong(settings.thinkMillis() * 1_000_000L + 1));
            }
        }

        /** POSTs an answer; its receipt, or empty (counted as an error) when it was not acknowledged. */
        private Optional<String> post(String body, Samples latency, Map<String, AtomicInteger> errors) {
            long t = System.nanoTime();
            try {
                var reply = http.postJson("/api/reviews", auth(), body);
                latency.add((System.nanoTime() - t) / 1e6);
                if (reply.status() == 200) return Optional.of(reply.body());
                error(errors, "POST /api/reviews answered " + reply.status() + ": " + abbreviate(reply.body()));
            } catch (IOException e) {
                error(errors, "POST /api/reviews: " + e);
            }
            return Optional.empty();
        }

        private long reviewId(String receipt) {
            try {
                return mapper.readTree(receipt).path("review_id").asLong(-1);
            } catch (IOException e) {
                throw new IllegalStateException("a receipt that is not JSON: " + abbreviate(receipt), e);
            }
        }
    }

    /** 10% Again, 15% Hard, 60% Good, 15% Easy: roughly what a learner who knows most cards presses. */
    private static int rating(SplittableRandom random) {
        int r = random.nextInt(100);
        return r < 10 ? 1 : r < 25 ? 2 : r < 85 ? 3 : 4;
    }

    private static void error(Map<String, AtomicInteger> errors, String what) {
        errors.computeIfAbsent(what.length() > 300 ? what.substring(0, 300) : what, k -> new AtomicInteger()).incrementAndGet();
    }

    private long liveCards(LoopbackHttp http) throws IOException {
        var reply = http.get("/api/stats", Map.of());
        if (reply.status() != 200) throw new IllegalStateException("GET /api/stats answered " + reply.status());
        JsonNode stats = mapper.readTree(reply.body());
        return stats.path("cards").asLong();
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void stop(WebServing.Served served) {
        try {
            served.stop().close();
        } catch (Exception e) {
            // the figures are taken; the temporary folder goes next
        }
    }

    /** Latencies of one kind of request from one learner, in milliseconds; merged when the run is over. */
    private static final class Samples {
        private double[] values = new double[256];
        private int size;

        void add(double millis) {
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = millis;
        }

        static double[] merge(List<Samples> all) {
            double[] out = new double[all.stream().mapToInt(s -> s.size).sum()];
            int at = 0;
            for (Samples s : all) {
                System.arraycopy(s.values, 0, out, at, s.size);
                at += s.size;
            }
            return out;
        }
    }
}
