package prepdeck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import prepdeck.app.CardQuery;
import prepdeck.app.CardView;
import prepdeck.app.ImportProgress;
import prepdeck.app.PastReview;
import prepdeck.app.TopicView;
import prepdeck.app.UseCases;
import prepdeck.bench.SyntheticNotes;
import prepdeck.bench.SyntheticReviews;
import prepdeck.knowledge.CardStatus;

/**
 * {@code prepdeck bench pages}: every page and API route of the web UI timed over a large deck, as a user waits
 * on it. The deck is {@link SyntheticNotes#writeTopics} (1,000 files: 50,000 topics, 100,000 cards and gaps) with a
 * synthetic review history for its first cards; it is served on a random port and each route is fetched once
 * cold (the first view after the import) and then {@value #RUNS} more times over a keep-alive connection.
 */
final class PagesBench {
    static final int RUNS = 5;
    private static final int HISTORY_CARDS = 3_000;
    private static final int HISTORY_DAYS = 60;

    private final PrepdeckCommand root;
    private final WebServing serving;
    private final long seed;
    private final int files;

    PagesBench(PrepdeckCommand root, WebServing serving, long seed, int files) {
        this.root = root;
        this.serving = serving;
        this.seed = seed;
        this.files = files;
    }

    Map<String, Number> run(Path dir) throws IOException {
        Path notes = dir.resolve("notes");
        new SyntheticNotes(seed).writeTopics(notes, files);
        root.data = dir.resolve("data");
        UseCases useCases = root.useCases();
        long start = System.nanoTime();
        var report = useCases.importNotes().run(List.of(notes), ImportProgress.NONE);
        double importSeconds = (System.nanoTime() - start) / 1e9;
        List<CardView> cards = useCases.knowledge().cards(CardQuery.ALL);
        List<TopicView> topics = useCases.knowledge().topics();
        history(useCases, cards);

        CardView answered = cards.stream().filter(c -> c.status() == CardStatus.ANSWERED).skip(cards.size() / 2).findFirst()
                .orElseThrow(() -> new IllegalStateException("the synthetic deck has no answered card"));
        CardView gap = cards.stream().filter(c -> c.status() == CardStatus.GAP).skip(cards.size() / 12).findFirst()
                .orElseThrow(() -> new IllegalStateException("the synthetic deck has no gap"));
        TopicView book = topics.stream().filter(t -> t.parent().isEmpty()).skip(topics.size() / 100).findFirst().orElseThrow();
        TopicView leaf = topics.get(topics.size() / 2);

        var routes = new LinkedHashMap<String, String>();
        routes.put("home", "/");
        routes.put("topic_book", "/topics/" + book.id());
        routes.put("topic_leaf", "/topics/" + leaf.id());
        routes.put("card", "/cards/" + answered.id());
        routes.put("card_reviewed", "/cards/" + cards.getFirst().id());
        routes.put("card_gap", "/cards/" + gap.id());
        routes.put("gaps", "/gaps");
        routes.put("gaps_last_page", "/gaps?page=1000000");
        routes.put("search", "/search?q=" + java.net.URLEncoder.encode("генератор thread", java.nio.charset.StandardCharsets.UTF_8));
        routes.put("readiness", "/readiness");
        routes.put("review", "/review");
        routes.put("interview", "/interview");
        routes.put("interview_history", "/interview/history");
        routes.put("snippets", "/snippets");
        routes.put("settings", "/settings");
        routes.put("import", "/import");
        routes.put("api_stats", "/api/stats");
        routes.put("api_topics", "/api/topics");
        routes.put("api_cards", "/api/cards");
        routes.put("api_gaps", "/api/gaps");
        routes.put("api_readiness", "/api/readiness");
        routes.put("api_review_next", "/api/review/next");
        routes.put("api_search", "/api/search?q=queue");
        routes.put("api_snippets", "/api/snippets");

        var figures = new LinkedHashMap<String, Number>();
        figures.put("topics", report.totals().topics());
        figures.put("cards", report.totals().cards() + report.totals().gaps());
        figures.put("import_s", BenchCommand.round(importSeconds, 1));
        var served = serving.serve(useCases, root.dataFolder(), "127.0.0.1", 0);
        double slowest = 0;
        try (var client = new LoopbackHttp(served.url(), 120_000)) {
            for (var route : routes.entrySet()) {
                long t = System.nanoTime();
                var first = client.get(route.getValue(), Map.of());
                double firstMs = (System.nanoTime() - t) / 1e6;
                if (building(first)) {
                    // a search during serve's first index build is told so at once; the figure beside it is how long
                    // until its results, asking again as the page does
                    figures.put(route.getKey() + "_first_said_building", 1);
                    var again = first;
                    while (building(again)) {
                        sleep(java.time.Duration.ofSeconds(2));
                        again = client.get(route.getValue(), Map.of());
                    }
                    figures.put(route.getKey() + "_results_after_ms", BenchCommand.round((System.nanoTime() - t) / 1e6, 1));
                    first = again;
                }
                if (first.status() != 200) {
                    throw new IllegalStateException("GET " + route.getValue() + " answered " + first.status() + ": " + first.body());
                }
                var times = new double[RUNS];
                for (int r = 0; r < RUNS; r++) {
                    t = System.nanoTime();
                    client.get(route.getValue(), Map.of());
                    times[r] = (System.nanoTime() - t) / 1e6;
                }
                double median = BenchCommand.median(times);
                slowest = Math.max(slowest, Math.max(firstMs, median));
                figures.put(route.getKey() + "_first_ms", BenchCommand.round(firstMs, 1));
                figures.put(route.getKey() + "_ms", BenchCommand.round(median, 1));
                figures.put(route.getKey() + "_kb", BenchCommand.round(first.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1024.0, 1));
            }
        } finally {
            try {
                served.stop().close();
            } catch (Exception e) {
                root.console().err().println("bench: the server did not stop cleanly: " + e.getMessage());
            }
        }
        figures.put("slowest_ms", BenchCommand.round(slowest, 1));
        return figures;
    }

    /** The answer of a search asked while the index is built for the first time: a 503 from the API, a notice on the page. */
    private static boolean building(LoopbackHttp.Reply r) {
        return r.status() == 503 && r.body().contains("still being built") || r.status() == 200 && r.body().contains("id=\"search-building\"");
    }

    private static void sleep(java.time.Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the search index", e);
        }
    }

    /** Months of answers for the deck's first cards, so the queue, the card pages and readiness have history. */
    private void history(UseCases useCases, List<CardView> cards) {
        var synthetic = new SyntheticReviews(seed, HISTORY_DAYS);
        Instant now = Instant.now();
        var answered = cards.stream().filter(c -> c.status() == CardStatus.ANSWERED).limit(HISTORY_CARDS).toList();
        var slice = new ArrayList<PastReview>();
        int total = 0;
        for (int i = 0; i < answered.size(); i++) {
            long card = answered.get(i).id();
            for (var a : synthetic.card(card, synthetic.introduced(i, answered.size(), now), now)) {
                slice.add(new PastReview(card, a.at(), a.rating(), a.durationMs(), "history-" + card + "-" + total++));
            }
        }
        useCases.practice().recordHistory(slice);
    }
}
