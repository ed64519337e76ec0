package prepdeck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import prepdeck.app.CardQuery;
import prepdeck.app.CardView;
import prepdeck.app.ImportProgress;
import prepdeck.app.PastReview;
import prepdeck.app.Readiness;
import prepdeck.bench.SyntheticNotes;
import prepdeck.knowledge.CardStatus;

/**
 * How long the readiness forecast takes the way a user meets it: a synthetic deck (a few files of the import
 * benchmark's corpus), a seeded history on about two thirds of its cards over the last 30 days, the interview
 * 60 days ahead; the first forecast of the process (nothing kept yet, the JIT cold: the first visit after a
 * start), then again and again one card answered and the forecast taken (its cache misses after every answer).
 */
final class ReadinessBench {
    static final int DEFAULT_FILES = 2;
    static final int RUNS = 15;
    static final int INTERVIEW_IN_DAYS = 60;

    private final PrepdeckCommand root;
    private final long seed;
    private final int files;

    ReadinessBench(PrepdeckCommand root, long seed, int files) {
        this.root = root;
        this.seed = seed;
        this.files = files;
    }

    Map<String, Number> run(Path dir) throws IOException {
        Path notes = dir.resolve("notes");
        new SyntheticNotes(seed).write(notes, files);
        root.data = dir.resolve("data");
        var app = root.useCases();
        app.practice().autoRefitEvery(0);
        app.importNotes().run(List.of(notes), ImportProgress.NONE);
        List<Long> cards = app.knowledge().cards(CardQuery.ALL).stream()
                .filter(c -> c.status() == CardStatus.ANSWERED).map(CardView::id).toList();
        var random = new SplittableRandom(seed);
        Instant now = Instant.now();
        var history = new ArrayList<PastReview>();
        int key = 0;
        for (long id : cards) {
            if (random.nextInt(3) == 0) continue;
            Instant at = now.minus(Duration.ofDays(30 - random.nextInt(10)));
            for (int r = 0; r < 1 + random.nextInt(4) && at.isBefore(now); r++) {
                history.add(new PastReview(id, at, random.nextInt(10) == 0 ? 1 : 3, 5000, "bench-" + key++));
                at = at.plus(Duration.ofDays(1 + random.nextInt(8)));
            }
        }
        app.practice().recordHistory(history);
        app.practice().setInterviewDate(Optional.of(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(INTERVIEW_IN_DAYS)));

        long t0 = System.nanoTime();
        Readiness first = app.practice().readiness();
        double firstMs = (System.nanoTime() - t0) / 1e6;
        double[] afterAnswer = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            var next = app.practice().next(Optional.empty()).orElseThrow();
            app.practice().answer(next.card().id(), 3, "bench-answer-" + i, 4000);
            long t = System.nanoTime();
            app.practice().readiness();
            afterAnswer[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(afterAnswer);
        var figures = new LinkedHashMap<String, Number>();
        figures.put("cards", first.cards());
        figures.put("reviewed", first.reviewed());
        figures.put("history_answers", history.size());
        figures.put("interview_in_days", INTERVIEW_IN_DAYS);
        figures.put("first_forecast_ms", BenchCommand.round(firstMs, 1));
        figures.put("after_answer_median_ms", BenchCommand.round(afterAnswer[RUNS / 2], 1));
        figures.put("after_answer_max_ms", BenchCommand.round(afterAnswer[RUNS - 1], 1));
        return figures;
    }
}
