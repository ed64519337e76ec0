package prepdeck.app;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What practice reads: the user's card states, the review log, settings. Card queries leave out gaps
 * and retired cards, and the queue's reads leave out cards the user suspended or buried; {@code topic} restricts them to a topic path and its subtopics.
 */
public interface ReviewReads {
    Optional<CardStateRow> cardState(long cardId);

    /** Whether the deck has a topic with this path. */
    boolean hasTopic(String path);

    /** Cards in Learning or Relearning due by {@code until}, earliest first, at most {@code limit}. */
    List<CardStateRow> dueInSteps(Instant until, Optional<String> topic, int limit);

    /**
     * Review cards due by {@code now}, most overdue first (time since the last review over stability,
     * which orders them as recall probability does), at most {@code limit}.
     */
    List<CardStateRow> dueForReview(Instant now, Optional<String> topic, int limit);

    /** How many cards are due by {@code now}, in steps and for review together. */
    int dueCount(Instant now, Optional<String> topic);

    /** The first card never reviewed and not held back at {@code now} (suspended or buried), in import (notes) order. */
    OptionalLong firstNewCard(Optional<String> topic, Instant now);

    /** The first {@code limit} cards never reviewed and not held back at {@code now}, in the order of {@link #firstNewCard}. */
    List<Long> newCards(Optional<String> topic, Instant now, int limit);

    /** The user's marks on a card (none: {@link CardMark#none}). */
    CardMark cardMark(long cardId);

    /** The user's cards of this deck held out of the queue at {@code now}: suspended, or buried until later. */
    java.util.Set<Long> heldCards(Instant now);

    /** The user's flagged cards of this deck. */
    java.util.Set<Long> flaggedCards();

    /** Every answer of the user to this card (undone ones too, marked), oldest first. */
    List<ReviewRow> cardReviews(long cardId);

    /** Cards whose first review (not undone) was at or after {@code since}. */
    int cardsIntroducedSince(Instant since);

    /** Cards whose latest review (not undone) was at or after {@code since}: today's share of the daily budget. */
    int cardsReviewedSince(Instant since);

    /** The user's answer sent with this key, on any deck: keys are the user's, so a retry is found wherever it lands. */
    Optional<ReviewRow> reviewByKey(String idempotencyKey);

    /** One of the user's answers on this deck; another user's, or another deck's, is not found. */
    Optional<ReviewRow> review(long reviewId);

    /** The user's most recent answer on this deck that was not undone: undo walks back one deck at a time. */
    Optional<ReviewRow> lastLiveReview();

    Optional<String> setting(String key);

    /** The user's planned interviews, by day. */
    List<PlannedInterview> plannedInterviews();

    /** The user's priorities: topics' (must, likely, unlikely) and cards flagged "asked before". */
    List<PlanPriority> planPriorities();

    /** Every live answered card of the deck with its state (empty when never reviewed), in notes order. */
    List<DeckCardState> deckCardStates();

    /** The states of these cards that have one (the others are new), in no particular order. */
    List<CardStateRow> cardStates(Collection<Long> cardIds);

    /** Live answered cards due by {@code now} (in steps or for review). */
    java.util.Set<Long> dueCardIds(Instant now);

    /** The user's answers that were not undone, by card, oldest first within a card. */
    List<LoggedAnswer> liveAnswers();

    /** How many answers of the user were not undone. */
    int liveAnswerCount();

    /** A text that changes with every answer and every undo of the user, and only then (to key caches by). */
    String answersVersion();

    /** Live answered cards never reviewed, less those suspended or buried at {@code now}: the new cards there are. */
    int newCardCount(Instant now);
}
