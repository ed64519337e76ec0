package prepdeck.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import prepdeck.knowledge.Reference;
import prepdeck.knowledge.Snippet;

/** What the use cases read from a deck. */
public interface StoreReader extends ReviewReads {
    /** When each card of the deck (retired ones too) last changed in a way the user can see. */
    java.util.Map<Long, java.time.Instant> cardsUpdatedAt();

    Stats stats();

    /** The deck's change log after change number {@code since} (0: from the start). */
    DeckChanges changesSince(long since);

    /** The number of the deck's latest change (0 before any): what caches of the deck's notes are keyed by. */
    default long latestChange() {
        return changesSince(Long.MAX_VALUE).latest();
    }

    /** Every source of the deck, by path. */
    Map<String, StoredSource> sources();

    /** Every topic with its direct counts, in creation order. */
    List<TopicRow> topics();

    /** Cards matching the query in source order (source path, then position in the source). */
    List<CardRow> cards(CardQuery query);

    Optional<CardRow> card(long id);

    /** The live cards with at least one snippet, in source order. */
    List<CardRow> cardsWithSnippets();

    /** One page of {@link #cards}, in the same order. */
    List<CardRow> cards(CardQuery query, int offset, int limit);

    /** How many cards {@link #cards} lists. */
    int countCards(CardQuery query);

    /**
     * One page of the live cards with {@code status} in source order: of the whole deck, or only those directly in
     * the topic with path {@code topic} (its subtopics left out).
     */
    List<CardRow> cardsWithStatus(prepdeck.knowledge.CardStatus status, Optional<String> topic, int offset, int limit);

    /** How many cards {@link #cardsWithStatus} would list over all its pages. */
    int countCardsWithStatus(prepdeck.knowledge.CardStatus status, Optional<String> topic);

    /** Live follow-ups of the given cards, in source order, keyed by their main card. */
    Map<Long, List<Long>> followUps(List<Long> cardIds);

    Map<Long, List<Snippet>> snippets(List<Long> cardIds);

    Map<Long, List<Reference>> references(List<Long> cardIds);

    /** The tags of the given cards, in order; cards without any are left out. */
    Map<Long, List<String>> tags(List<Long> cardIds);

    /** Every card ever imported from these sources, retired ones included, by source path then position. */
    List<StoredCard> cardsOfSources(java.util.Collection<Long> sourceIds);

    /** How many reviews (by anyone, undone ones left out) each of these cards has; cards without any are left out. */
    Map<Long, Integer> reviewCounts(java.util.Collection<Long> cardIds);
}
