package prepdeck.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import prepdeck.app.CardHistory;
import prepdeck.app.CardMark;
import prepdeck.review.fsrs.State;

class CardPageTest {
    private static CardPage.Practice answered(int times) {
        var entries = new ArrayList<CardHistory.Entry>();
        Instant start = Instant.parse("2024-01-01T08:00:00Z");
        for (int i = 0; i < times; i++) {
            entries.add(new CardHistory.Entry(i + 1, start.plus(Duration.ofDays(i)), 3, State.REVIEW, Duration.ofDays(1), 1.0, false));
        }
        var history = new CardHistory(7, entries, State.REVIEW, Optional.empty(), 0.9, LocalDate.of(2026, 12, 5), LocalDate.of(2026, 8, 1),
                List.of(), CardMark.none(7), false);
        return new CardPage.Practice(history, "", LocalDate.of(2026, 12, 5), Map.of());
    }

    /** A card answered for years keeps a short page: the newest answers, and how many earlier ones are left out. */
    @Test
    void theHistoryTableListsTheNewestAnswersOnly() {
        var long_ = answered(CardPage.Practice.HISTORY_ROWS + 50);
        assertThat(long_.shownReviews()).hasSize(CardPage.Practice.HISTORY_ROWS);
        assertThat(long_.shownReviews().getFirst().reviewId()).isEqualTo(51);
        assertThat(long_.shownReviews().getLast().reviewId()).isEqualTo(CardPage.Practice.HISTORY_ROWS + 50);
        assertThat(long_.earlierReviews()).isEqualTo(50);

        var short_ = answered(3);
        assertThat(short_.shownReviews()).extracting(CardHistory.Entry::reviewId).containsExactly(1L, 2L, 3L);
        assertThat(short_.earlierReviews()).isZero();
    }
}
