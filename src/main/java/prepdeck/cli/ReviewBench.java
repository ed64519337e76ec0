package prepdeck.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import prepdeck.app.CardQuery;
import prepdeck.app.CardView;
import prepdeck.app.ImportProgress;
import prepdeck.app.PastReview;
import prepdeck.app.Practice;
import prepdeck.bench.SyntheticNotes;
import prepdeck.bench.SyntheticReviews;
import prepdeck.knowledge.CardStatus;

/**
 * {@code prepdeck bench review}: a deck of synthetic notes with a synthetic review history, then the next
 * card picked many times in-process, then answers sent over HTTP on loopback by concurrent clients, each
 * acknowledged only once durable, as in real use. The load is bounded in count and in time.
 */
final class ReviewBench {
    private static final int HISTORY_DAYS = 1500;
    private static final int NEXT_RUNS = 3_000;

    private final PrepdeckCommand root;
    private final WebServing serving;
    private final long seed;
    private final int files;
    private final int reviews;
    private final int answers;
    private final int seconds;
    /** The steady rate of the paced run: the target. */
    static final int RATE = 2_000;
    static final int PACED_SECONDS = 10;

    private final int clients;

    ReviewBench(PrepdeckCommand root, WebServing serving, long seed, int files, int reviews, int answers, int seconds, int clients) {
        this.root = root;
        this.serving = serving;
        this.seed = seed;
        this.files = files;
        this.reviews = reviews;
        this.answers = answers;
        this.seconds = seconds;
        this.clients = clients;
    }

    Map<String, Number> run(Path dir) throws IOException {
        var figures = new LinkedHashMap<String, Number>();
        Path notes = dir.resolve("notes");
        new SyntheticNotes(seed).write(notes, files);
        root.data = dir.resolve("data");
        var useCases = root.useCases();
        // a re-fit on a million answers would run in the background of the measurement and take its cores
        useCases.practice().autoRefitEvery(0);
        useCases.importNotes().run(List.of(notes), ImportProgress.NONE);
        List<Long> cards = useCases.knowledge().cards(CardQuery.ALL).stream()
                .filter(c -> c.status() == CardStatus.ANSWERED).map(CardView::id).toList();
        figures.put("cards", cards.size());

        long start = System.nanoTime();
        int[] reviewed = history(useCases.practice(), cards);
        figures.put("reviews", reviewed[0]);
        figures.put("cards_reviewed", reviewed[1]);
        figures.put("history_s", BenchCommand.round((System.nanoTime() - start) / 1e9, 1));

        Practice practice = useCases.practice();
        var next = practice.next(Optional.empty()).orElseThrow(() -> new IllegalStateException("the synthetic history left nothing to review"));
        figures.put("due_now", next.due());
        double[] pick = new double[NEXT_RUNS];
        for (int i = 0; i < NEXT_RUNS; i++) practice.next(Optional.empty()); // warm-up: the JIT, the page cache
        for (int i = 0; i < NEXT_RUNS; i++) {
            long t = System.nanoTime();
            practice.next(Optional.empty());
            pick[i] = (System.nanoTime() - t) / 1e6;
        }
        figures.put("next_card_p50_ms", BenchCommand.round(percentile(pick, 50), 2));
        figures.put("next_card_p99_ms", BenchCommand.round(percentile(pick, 99), 2));
        String topic = next.card().topic().split(" / ")[0];
        for (int i = 0; i < NEXT_RUNS; i++) {
            long t = System.nanoTime();
            practice.next(Optional.of(topic));
            pick[i] = (System.nanoTime() - t) / 1e6;
        }
        figures.put("next_card_topic_p99_ms", BenchCommand.round(percentile(pick, 99), 2));

        figures.putAll(answersInProcess(cards, practice));
        figures.putAll(answersOverHttp(cards, useCases));
        return figures;
    }

    /** Writes the history in slices of cards; returns {answers, cards reviewed}. */
    private int[] history(Practice practice, List<Long> cards) {
        var synthetic = new SyntheticReviews(seed, HISTORY_DAYS);
        Instant now = Instant.now();
        int total = 0;
        int index = 0;
        var slice = new ArrayList<PastReview>();
        for (; index < cards.size() && total < reviews; index++) {
            long card = cards.get(index);
            for (var a : synthetic.card(card, synthetic.introduced(index, cards.size(), now), now)) {
                if (total == reviews) break;
                slice.add(new PastReview(card, a.at(), a.rating(), a.durationMs(), "history-" + card + "-" + total));
                total++;
            }
            if (slice.size() >= 50_000) {
                practice.recordHistory(slice);
                slice.clear();
            }
        }
        if (!slice.isEmpty()) practice.recordHistory(slice);
        return new int[] {total, index};
    }

    private Map<String, Number> answersOverHttp(List<Long> cards, prepdeck.app.UseCases useCases) {
        var served = serving.serve(useCases, root.dataFolder(), "127.0.0.1", 0);
        URI answersUri = served.url().resolve("/api/reviews");
        var latencies = new double[answers];
        var sent = new AtomicInteger();
        var failures = new AtomicInteger();
        var finished = new AtomicLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        try (var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            String token = csrfToken(http, served.url());
            warmUp(http, answersUri, cards, token);
            long start = System.nanoTime();
            try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int c = 0; c < clients; c++) {
                    int client = c;
                    pool.submit(() -> {
                        var random = new SplittableRandom(seed + client);
                        try (var connection = new KeepAliveConnection(answersUri, token)) {
                            while (System.nanoTime() < deadline) {
                                int n = sent.getAndIncrement();
                                if (n >= answers) return;
                                String body = "{\"card\":" + cards.get(random.nextInt(cards.size())) + ",\"rating\":" + (1 + random.nextInt(4))
                                        + ",\"idempotency_key\":\"bench-" + n + "\",\"duration_ms\":3000}";
                                long t = System.nanoTime();
                                if (connection.post(body) != 200) failures.incrementAndGet();
                                latencies[n] = (System.nanoTime() - t) / 1e6;
                                finished.incrementAndGet();
                            }
                        } catch (IOException e) {
                            failures.incrementAndGet();
                        }
                    });
                }
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            int done = (int) finished.get();
            double[] measured = Arrays.copyOf(latencies, Math.min(answers, sent.get()));
            measured = Arrays.stream(measured).filter(v -> v > 0).toArray();
            var figures = new LinkedHashMap<String, Number>();
            figures.put("http_answers", done);
            figures.put("http_failures", failures.get());
            figures.put("http_answers_per_s", Math.round(done / elapsed));
            figures.put("http_answer_p50_ms", BenchCommand.round(percentile(measured, 50), 2));
            figures.put("http_answer_p99_ms", BenchCommand.round(percentile(measured, 99), 2));
            // the store settles first: the saturation run leaves a long write-ahead log, which the server
            // checkpoints in the first pause of the writers; that debt is the saturation run's, not the paced one's
            settle();
            figures.putAll(answersAtRate(answersUri, cards, token));
            return figures;
        } finally {
            try {
                served.stop().close();
            } catch (Exception e) {
                // the figures are taken; the temporary folder goes next
            }
        }
    }

    /** How long the paced run waits for the store to settle after the saturation run. */
    static final java.time.Duration SETTLE = java.time.Duration.ofSeconds(5);

    private static void settle() {
        try {
            Thread.sleep(SETTLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Answers at a steady {@link #RATE} a second for up to {@link #PACED_SECONDS} s, the clients taking turns on a
     * fixed schedule: the latency of each answer counts from when it was due to be sent, so a server that
     * falls behind is charged for the wait (the saturation run above measures the most it can take instead).
     */
    private Map<String, Number> answersAtRate(URI answersUri, List<Long> cards, String token) {
        int total = RATE * PACED_SECONDS;
        var latencies = new double[total];
        var failures = new AtomicInteger();
        long start = System.nanoTime() + 50_000_000L;
        long periodNanos = 1_000_000_000L / RATE;
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                int client = c;
                pool.submit(() -> {
                    var random = new SplittableRandom(seed * 31 + client);
                    try (var connection = new KeepAliveConnection(answersUri, token)) {
                        for (int n = client; n < total; n += clients) {
                            long due = start + n * periodNanos;
                            long wait = due - System.nanoTime();
                            if (wait > 0) java.util.concurrent.locks.LockSupport.parkNanos(wait);
                            String body = "{\"card\":" + cards.get(random.nextInt(cards.size())) + ",\"rating\":" + (1 + random.nextInt(4))
                                    + ",\"idempotency_key\":\"paced-" + n + "\",\"duration_ms\":3000}";
                            if (connection.post(body) != 200) failures.incrementAndGet();
                            latencies[n] = (System.nanoTime() - due) / 1e6;
                        }
                    } catch (IOException e) {
                        failures.incrementAndGet();
                    }
                });
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double[] measured = Arrays.stream(latencies).filter(v -> v > 0).toArray();
        var figures = new LinkedHashMap<String, Number>();
        figures.put("paced_rate_per_s", RATE);
        figures.put("paced_answers", measured.length);
        figures.put("paced_achieved_per_s", Math.round(measured.length / elapsed));
        figures.put("paced_failures", failures.get());
        figures.put("paced_answer_p50_ms", BenchCommand.round(percentile(measured, 50), 2));
        figures.put("paced_answer_p99_ms", BenchCommand.round(percentile(measured, 99), 2));
        return figures;
    }

    /** The same answers without HTTP: what the use case and the store sustain on their own. */
    private Map<String, Number> answersInProcess(List<Long> cards, Practice practice) {
        var sent = new AtomicInteger();
        int count = Math.min(answers, 10_000);
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long start = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                int client = c;
                pool.submit(() -> {
                    var random = new SplittableRandom(seed - client);
                    int n;
                    while (System.nanoTime() < deadline && (n = sent.getAndIncrement()) < count) {
                        practice.answer(cards.get(random.nextInt(cards.size())), 1 + random.nextInt(4), "direct-" + n, 3000);
                    }
                });
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return Map.of("direct_answers_per_s", Math.round(Math.min(count, sent.get()) / elapsed));
    }

    /** Single-user mode's CSRF token, from the cookie any answer sets: a script's changes must carry it. */
    static String csrfToken(HttpClient http, URI server) {
        try {
            var reply = http.send(HttpRequest.newBuilder(server.resolve("/api/health")).GET().build(), HttpResponse.BodyHandlers.discarding());
            return reply.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("prepdeck_csrf="))
                    .map(c -> c.substring("prepdeck_csrf=".length()).split(";", 2)[0]).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the server at " + server + " set no CSRF cookie"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void warmUp(HttpClient http, URI uri, List<Long> cards, String token) {
        for (int i = 0; i < 500; i++) {
            String body = "{\"card\":" + cards.get(i % cards.size()) + ",\"rating\":3,\"idempotency_key\":\"warm-" + i + "\",\"duration_ms\":1}";
            try {
                http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json").header("X-CSRF-Token", token)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * One keep-alive HTTP/1.1 connection that POSTs JSON and reads the status and body: a load generator
     * much lighter than java.net.http, so on a small machine the figures measure the server, not the client.
     */
    static final class KeepAliveConnection implements AutoCloseable {
        private final java.net.Socket socket;
        private final java.io.OutputStream out;
        private final java.io.DataInputStream in;
        private final String head;

        KeepAliveConnection(URI uri, String csrfToken) throws IOException {
            socket = new java.net.Socket(uri.getHost(), uri.getPort());
            socket.setTcpNoDelay(true);
            out = new java.io.BufferedOutputStream(socket.getOutputStream());
            in = new java.io.DataInputStream(new java.io.BufferedInputStream(socket.getInputStream()));
            head = "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nX-CSRF-Token: " + csrfToken + "\r\nContent-Type: application/json\r\nContent-Length: ";
        }

        int post(String json) throws IOException {
            byte[] body = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.write((head + body.length + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String status = line();
            int length = 0;
            for (String h = line(); !h.isEmpty(); h = line()) {
                if (h.regionMatches(true, 0, "content-length:", 0, 15)) length = Integer.parseInt(h.substring(15).strip());
            }
            in.readFully(new byte[length]);
            return Integer.parseInt(status.split(" ")[1]);
        }

        private String line() throws IOException {
            var b = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) throw new java.io.EOFException("the server closed the connection");
                if (c != '\r') b.append((char) c);
            }
            return b.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    static double percentile(double[] values, double p) {
        if (values.length == 0) return Double.NaN;
        double[] v = values.clone();
        Arrays.sort(v);
        int index = (int) Math.ceil(p / 100 * v.length) - 1;
        return v[Math.max(0, Math.min(v.length - 1, index))];
    }
}
