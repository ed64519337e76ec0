package prepdeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import prepdeck.review.fsrs.Parameters;

/**
 * The forecast, to the last bit, on fixed decks: the output recorded from the straightforward implementation
 * (one planner run from scratch per simulated day) before it was made fast, so any change of a number shows.
 * A deck is synthetic and seeded: new, Learning, Review and Relearning cards, some overdue, in a few topics.
 * To record again after an intended change of the numbers: {@code -Dreadiness.golden.write=true}.
 */
class ReadinessForecastGoldenTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @ParameterizedTest(name = "{0} cards, interview in {1} days, budget {2}, seed {3}")
    @CsvSource({
            "172, 60, 40, 1",
            "172, 20, 25, 2",
            "90, 45, 5, 3",
            "120, 75, 30, 4",
            "60, 0, 30, 5",
            "60, -1, 30, 6",
            "300, 30, 60, 7"})
    void sameForecastAsRecorded(int n, int interviewIn, int budget, long seed) throws IOException {
        var deck = deck(n, seed);
        var settings = new PracticeSettings(interviewIn < 0 ? Optional.empty() : Optional.of(TODAY.plusDays(interviewIn)),
                budget, 12, 0.9, Parameters.DEFAULT, false);
        int reviewedToday = (int) deck.cards.stream().filter(c -> c.state().isPresent()
                && ReadinessForecast.day(c.state().get().lastReview()) == TODAY.toEpochDay()).count();
        Readiness r = new ReadinessForecast().compute(TODAY, settings, deck.cards, deck.topics, reviewedToday, Math.min(3, reviewedToday));
        String text = render(r);
        Path file = Path.of("src/test/resources/readiness/golden-" + n + "-" + interviewIn + "-" + budget + "-" + seed + ".txt");
        if (Boolean.getBoolean("readiness.golden.write")) Files.writeString(file, text, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * One forecast object keeps the planner's memo from one forecast to the next: reusing it across decks, interview
     * dates, budgets and a deck changed by one answer must give exactly what a fresh forecast gives.
     */
    @Test
    void keptMemoChangesNoNumber() {
        var shared = new ReadinessForecast();
        var deck = deck(172, 1);
        var settings = new PracticeSettings(Optional.of(TODAY.plusDays(40)), 40, 12, 0.9, Parameters.DEFAULT, false);
        var cards = new ArrayList<>(deck.cards);
        for (int round = 0; round < 4; round++) {
            // one more card answered today each round: the next forecast repeats most of the last one's plans
            int j = 5 + 11 * round;
            var c = cards.get(j);
            Instant now = TODAY.atStartOfDay().toInstant(ZoneOffset.UTC).plus(Duration.ofHours(9 + round));
            cards.set(j, new DeckCardState(c.cardId(), c.topic(), Optional.of(new CardStateRow(c.cardId(), "Review", 3.1 + round,
                    5.5, 0, 2, now, now.plus(Duration.ofDays(3))))));
            for (var s : List.of(settings, new PracticeSettings(Optional.of(TODAY.plusDays(25)), 40, 12, 0.9, Parameters.DEFAULT, false),
                    new PracticeSettings(Optional.of(TODAY.plusDays(40)), 30, 12, 0.85, Parameters.DEFAULT, false))) {
                Readiness fresh = new ReadinessForecast().compute(TODAY, s, cards, deck.topics, round + 1, 0);
                assertThat(render(shared.compute(TODAY, s, cards, deck.topics, round + 1, 0))).isEqualTo(render(fresh));
                // and on the next day, with the memo of today
                Readiness tomorrow = new ReadinessForecast().compute(TODAY.plusDays(1), s, cards, deck.topics, 0, 0);
                assertThat(render(shared.compute(TODAY.plusDays(1), s, cards, deck.topics, 0, 0))).isEqualTo(render(tomorrow));
            }
        }
    }

    record Deck(List<DeckCardState> cards, List<TopicRow> topics) {
    }

    /** A seeded deck: a third never reviewed, a few in steps, the rest Review cards last seen 0..40 days ago. */
    static Deck deck(int n, long seed) {
        Random random = new Random(seed);
        String[] topics = {"Python", "Python / Async", "Docker", "SQL", "Networks"};
        var cards = new ArrayList<DeckCardState>();
        Instant start = TODAY.atStartOfDay().toInstant(ZoneOffset.UTC);
        for (int i = 0; i < n; i++) {
            long id = 1000 + 7L * i;
            String topic = topics[random.nextInt(topics.length)];
            int kind = random.nextInt(12);
            Optional<CardStateRow> state;
            if (kind < 4) state = Optional.empty();
            else {
                Instant last = start.minus(Duration.ofDays(random.nextInt(41))).plus(Duration.ofMinutes(random.nextInt(1440)));
                double s = 0.3 + random.nextDouble() * (kind == 11 ? 120 : 30);
                double d = 1 + random.nextDouble() * 9;
                String title = kind == 4 ? "Learning" : kind == 5 ? "Relearning" : "Review";
                Instant due = kind <= 5 ? last.plus(Duration.ofMinutes(10)) : last.plus(Duration.ofDays(Math.max(1, Math.round(s))));
                state = Optional.of(new CardStateRow(id, title, s, d, kind <= 5 ? 1 : 0, 1 + random.nextInt(6), last, due));
            }
            cards.add(new DeckCardState(id, topic, state));
        }
        var rows = new ArrayList<TopicRow>();
        for (int t = 0; t < topics.length; t++) {
            String path = topics[t];
            int count = (int) cards.stream().filter(c -> c.topic().equals(path)).count();
            rows.add(new TopicRow(t + 1, Optional.empty(), path, path, t, count, t % 2));
        }
        rows.add(new TopicRow(99, Optional.empty(), "Empty", "Empty", 9, 0, 0));
        return new Deck(cards, rows);
    }

    /** Every number at full precision (Double.toString round-trips). */
    static String render(Readiness r) {
        var out = new StringBuilder();
        out.append(r.today()).append(' ').append(r.interview()).append(' ').append(r.targets()).append(" cards ").append(r.cards())
                .append(" gaps ").append(r.gaps()).append(" reviewed ").append(r.reviewed()).append(" recall ").append(r.recall()).append('\n');
        for (var t : r.topics()) out.append(t).append('\n');
        for (var d : r.days()) {
            out.append(d.day()).append(' ').append(d.recallNoReviews()).append(' ').append(d.recallWithPlan()).append(' ')
                    .append(d.due()).append(' ').append(d.planned()).append('\n');
        }
        return out.toString();
    }
}
