package prepdeck.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import prepdeck.app.CardQuery;
import prepdeck.app.ImportProgress;
import prepdeck.app.PastReview;
import prepdeck.app.Readiness;
import prepdeck.app.UseCases;

/**
 * How long the readiness page's forecast takes right after an answer (its cache then misses), the way a
 * user meets it: the seeds imported into a fresh SQLite data folder, a synthetic history (seeded) on about
 * two thirds of the cards over the last 30 days, the interview 60 days ahead; then, again and again, one
 * card answered and {@code readiness()} timed. Not a unit test: run it by hand,
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) prepdeck.main.ReadinessBench [runs] [copies]};
 * {@code copies} imports the seeds that many times (in separate folders) for a bigger deck.
 */
public final class ReadinessBench {
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path temp = Files.createTempDirectory("prepdeck-readiness-bench");
        Path data = temp.resolve("data");
        UseCases app = Main.openSingleUser(data);
        List<Path> notes = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
            Path copy = temp.resolve("notes-" + c);
            Files.createDirectories(copy);
            try (var files = Files.list(SeedImportTest.SEEDS)) {
                for (Path f : files.toList()) {
                    if (Files.isRegularFile(f)) Files.writeString(copy.resolve(c + "_" + f.getFileName()),
                            copies == 1 ? Files.readString(f) : Files.readString(f).replaceAll("(?m)^(#+ .*)$", "$1 (" + c + ")"));
                }
            }
            notes.add(copy);
        }
        app.importNotes().run(notes, ImportProgress.NONE);
        var ids = app.knowledge().cards(CardQuery.ALL).stream().filter(v -> v.answer() != null && !v.answer().isBlank())
                .map(v -> v.id()).toList();
        Random random = new Random(7);
        Instant now = Instant.now();
        var history = new ArrayList<PastReview>();
        int k = 0;
        for (long id : ids) {
            if (random.nextInt(3) == 0) continue;
            Instant at = now.minus(Duration.ofDays(30 - random.nextInt(10)));
            for (int r = 0; r < 1 + random.nextInt(4) && at.isBefore(now); r++) {
                int rating = random.nextInt(10) == 0 ? 1 : 3;
                history.add(new PastReview(id, at, rating, 5000, "bench-" + k++));
                at = at.plus(Duration.ofDays(1 + random.nextInt(8)));
            }
        }
        app.practice().recordHistory(history);
        app.practice().setInterviewDate(Optional.of(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(60)));
        Readiness first = null;
        long[] ms = new long[runs];
        for (int i = 0; i < runs + 1; i++) {
            var next = app.practice().next(Optional.empty()).orElseThrow();
            app.practice().answer(next.card().id(), 3, "bench-answer-" + i, 4000);
            long t0 = System.nanoTime();
            Readiness r = app.practice().readiness();
            long t = (System.nanoTime() - t0) / 1_000_000;
            if (i == 0) first = r; // the first call also warms the JIT; not counted
            else ms[i - 1] = t;
        }
        // A forecast with nothing kept from an earlier one (the first visit after a start), the JIT warm:
        // a second app on the same data folder, timed over a few answers each followed by a fresh app.
        long[] cold = new long[Math.max(1, runs / 2)];
        for (int i = 0; i < cold.length; i++) {
            UseCases fresh = Main.openSingleUser(data);
            long t0 = System.nanoTime();
            fresh.practice().readiness();
            cold[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        Arrays.sort(cold);
        Arrays.sort(ms);
        System.out.printf("cards %d, reviewed %d, history %d answers, interview in %d days%n", first.cards(), first.reviewed(),
                history.size(), first.days().size() - 1);
        System.out.printf("readiness() after an answer: median %d ms, min %d ms, max %d ms (%d runs)%n", ms[runs / 2], ms[0],
                ms[runs - 1], runs);
        System.out.printf("readiness() with nothing kept (a fresh app on the same data): median %d ms, min %d ms (%d runs)%n",
                cold[cold.length / 2], cold[0], cold.length);
        System.out.printf("recall on the interview day: %.4f with no reviews, %.4f with the plan followed%n",
                first.days().getLast().recallNoReviews(), first.days().getLast().recallWithPlan().orElse(Double.NaN));
    }
}
