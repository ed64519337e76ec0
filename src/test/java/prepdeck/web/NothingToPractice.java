package prepdeck.web;

import java.util.List;
import java.util.Optional;
import prepdeck.app.ConflictException;
import prepdeck.app.NextCard;
import prepdeck.app.NotFoundException;
import prepdeck.app.Practice;
import prepdeck.app.ReviewReceipt;
import prepdeck.app.UndoReceipt;

/** Practice for the fixture: nothing is ever due, and no card can be answered. */
final class NothingToPractice implements Practice {
    @Override
    public Optional<NextCard> next(Optional<String> topic) {
        return Optional.empty();
    }

    @Override
    public NextCard show(long cardId) {
        throw new NotFoundException("no card " + cardId);
    }

    @Override
    public ReviewReceipt answer(long cardId, int rating, String idempotencyKey, long durationMs) {
        throw new NotFoundException("no card " + cardId);
    }

    @Override
    public UndoReceipt undo(long reviewId) {
        throw new NotFoundException("no review " + reviewId);
    }

    @Override
    public Optional<UndoReceipt> undoLast() {
        return Optional.empty();
    }

    @Override
    public int newCardsPerDay() {
        return DEFAULT_NEW_PER_DAY;
    }

    @Override
    public void setNewCardsPerDay(int limit) {
        throw new ConflictException("the fixture keeps no settings");
    }

    @Override
    public int recordHistory(List<prepdeck.app.PastReview> reviews) {
        throw new ConflictException("the fixture keeps no history");
    }

    @Override
    public prepdeck.app.PracticeSettings settings() {
        return new prepdeck.app.PracticeSettings(Optional.empty(), DEFAULT_DAILY_BUDGET, DEFAULT_NEW_PER_DAY, DEFAULT_DESIRED_RETENTION,
                prepdeck.review.fsrs.Parameters.DEFAULT, false);
    }

    @Override
    public void setInterviewDate(Optional<java.time.LocalDate> day) {
        throw new ConflictException("the fixture keeps no settings");
    }

    @Override
    public void setDailyBudget(int budget) {
        throw new ConflictException("the fixture keeps no settings");
    }

    @Override
    public void setDesiredRetention(double retention) {
        throw new ConflictException("the fixture keeps no settings");
    }

    @Override
    public java.util.Set<Long> dueCardIds() {
        return java.util.Set.of();
    }

    @Override
    public prepdeck.app.FsrsRefit refit() {
        throw new ConflictException("the fixture keeps no history");
    }

    @Override
    public Optional<String> lastRefit() {
        return Optional.empty();
    }

    @Override
    public prepdeck.app.Readiness readiness() {
        var today = java.time.LocalDate.of(2025, 1, 10);
        return new prepdeck.app.Readiness(today, Optional.empty(), List.of(today, today.plusDays(7), today.plusDays(30)), 0, 0, 0,
                List.of(0.0, 0.0, 0.0), List.of(), List.of());
    }

    @Override
    public void autoRefitEvery(int answers) {
    }
}
