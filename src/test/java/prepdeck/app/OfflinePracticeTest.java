package prepdeck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.ingest.NoteReader;
import prepdeck.review.fsrs.Parameters;
import prepdeck.review.fsrs.Rating;
import prepdeck.review.fsrs.Scheduler;
import prepdeck.review.fsrs.SchedulerConfig;
import prepdeck.review.fsrs.State;

/**
 * Practice for a device that goes offline (issue 20): the window it takes along, with the server's intervals, and the
 * answers it sends back later, scheduled at the time they were given. SQLite and a real PostgreSQL.
 */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(prepdeck.testing.StoreKind.class)
class OfflinePracticeTest {
    @org.junit.jupiter.params.Parameter prepdeck.testing.StoreKind kind;
    @org.junit.jupiter.api.extension.RegisterExtension final prepdeck.testing.TestStores stores = new prepdeck.testing.TestStores();
    @TempDir Path temp;
    TestClock clock = new TestClock(Instant.parse("2025-01-10T09:00:00Z"));
    DeckStore store;
    Knowledge knowledge;
    Practice practice;

    @BeforeEach
    void setUp() throws IOException {
        Path notes = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(notes.resolve("notes.md"), PracticeTest.NOTES);
        store = stores.open(kind, temp.resolve("data"));
        knowledge = new DeckKnowledge(store);
        new ImportNotes(store, new NoteReader()::scan, TinyNotes::parse, clock, "1").run(List.of(notes), ImportProgress.NONE);
        practice = new DeckPractice(store, new Scheduler(Parameters.DEFAULT, SchedulerConfig.DEFAULT.withFuzz(true)), clock);
    }

    long id(String prompt) {
        return knowledge.cards(CardQuery.ALL).stream().filter(c -> c.prompt().equals(prompt)).findFirst().orElseThrow().id();
    }

    @Test
    void theWindowHoldsTheCardsDueInItsDaysAndTodaysNewCardsWithTheIntervalsTheServerWouldShowThen() {
        long generator = id("What is a generator?");
        long gil = id("GIL");
        practice.setNewCardsPerDay(2);
        practice.answer(generator, Rating.EASY.grade(), "online-1", 1000);
        Instant due = practice.history(generator).due().orElseThrow();
        assertThat(Duration.between(clock.instant(), due)).isGreaterThan(Duration.ofDays(1)).isLessThan(Duration.ofDays(30));

        var tooShort = practice.offlineWindow(Optional.empty(), Duration.ofHours(1));
        assertThat(tooShort.cards()).extracting(e -> e.card().card().id()).containsExactly(gil);
        assertThat(tooShort.newAllowed()).as("two a day, one started").isEqualTo(1);

        var window = practice.offlineWindow(Optional.empty(), Duration.between(clock.instant(), due).plusHours(1));
        assertThat(window.cards()).extracting(e -> e.card().card().id()).containsExactly(generator, gil);
        var ahead = window.cards().getFirst();
        assertThat(ahead.dueAt()).contains(due);
        assertThat(ahead.card().state()).isEqualTo(State.REVIEW);
        assertThat(window.cards().get(1).dueAt()).isEmpty();
        // the intervals are those the queue shows when the card falls due: one scheduler, asked ahead of time
        clock.advance(Duration.between(clock.instant(), due));
        assertThat(ahead.card().intervals()).isEqualTo(practice.show(generator).intervals());
    }

    @Test
    void anAnswerGivenOfflineIsScheduledAtItsTimeWithTheWindowsIntervalAndStoredOnce() {
        long generator = id("What is a generator?");
        var window = practice.offlineWindow(Optional.empty(), Duration.ofDays(3));
        var entry = window.cards().stream().filter(e -> e.card().card().id() == generator).findFirst().orElseThrow();
        Instant given = clock.instant().plus(Duration.ofMinutes(7));
        clock.advance(Duration.ofHours(5)); // the phone came back online later

        var receipt = practice.answerGivenAt(generator, Rating.EASY.grade(), "phone-1", 2000, given);
        assertThat(Duration.between(given, receipt.due())).isEqualTo(entry.card().intervals().get(Rating.EASY));
        var history = practice.history(generator);
        assertThat(history.reviews()).singleElement().satisfies(r -> assertThat(r.at()).isEqualTo(given));

        assertThat(practice.answerGivenAt(generator, Rating.EASY.grade(), "phone-1", 2000, given)).isEqualTo(receipt);
        assertThat(practice.history(generator).reviews()).hasSize(1);
        assertThatThrownBy(() -> practice.answerGivenAt(generator, Rating.AGAIN.grade(), "phone-1", 2000, given))
                .isInstanceOf(ConflictException.class).hasMessageContaining("phone-1");
    }

    @Test
    void twoAnswersToOneCardGoThroughTheSchedulerInTheirOrder() {
        long gil = id("GIL");
        Instant first = clock.instant().plus(Duration.ofMinutes(1));
        Instant second = first.plus(Duration.ofMinutes(12));
        clock.advance(Duration.ofHours(1));
        practice.answerGivenAt(gil, Rating.GOOD.grade(), "phone-a", 1000, first);
        var last = practice.answerGivenAt(gil, Rating.GOOD.grade(), "phone-b", 1000, second);
        var reviews = practice.history(gil).reviews();
        assertThat(reviews).extracting(CardHistory.Entry::at).containsExactly(first, second);
        assertThat(reviews.get(0).stateAfter()).isEqualTo(State.LEARNING);
        assertThat(last.state()).isEqualTo(State.REVIEW);
    }

    @Test
    void aDeviceClockAheadCountsAsNowAndAnAnswerOlderThanThirtyDaysIsRefusedByName() {
        long image = id("What is an image?");
        practice.answerGivenAt(image, Rating.GOOD.grade(), "fast-clock", 1000, clock.instant().plus(Duration.ofHours(3)));
        assertThat(practice.history(image).reviews()).singleElement().satisfies(r -> assertThat(r.at()).isEqualTo(clock.instant()));

        long gil = id("GIL");
        assertThatThrownBy(() -> practice.answerGivenAt(gil, Rating.GOOD.grade(), "ancient", 1000, clock.instant().minus(Duration.ofDays(31))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'ancient'").hasMessageContaining("card " + gil)
                .hasMessageContaining("more than 30 days ago");
        assertThat(practice.history(gil).reviews()).isEmpty();
        assertThatThrownBy(() -> practice.offlineWindow(Optional.empty(), Duration.ofDays(8))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("0–7 days");
        assertThatThrownBy(() -> practice.offlineWindow(Optional.of("Nowhere"), Duration.ofDays(1))).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Nowhere");
    }
}
