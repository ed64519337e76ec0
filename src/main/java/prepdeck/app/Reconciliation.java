package prepdeck.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import prepdeck.knowledge.CardStatus;
import prepdeck.knowledge.NoteCard;

/**
 * The re-import rule for one changed source: which stored card each freshly extracted card continues,
 * and which stored cards lost their text. A card that continues a stored one keeps its id, and so
 * its review history.
 *
 * <ol>
 *   <li>An exact identity match continues the stored card (reviving it if it was retired).</li>
 *   <li>Among the cards left over on both sides, a prompt of the same kind that is at least
 *       {@value #SIMILAR} similar continues the stored card: a fixed typo is not a new question.</li>
 *   <li>Live stored cards left over are retired; new cards left over are inserted.</li>
 * </ol>
 */
final class Reconciliation {
    static final double SIMILAR = 0.8;

    /** Beyond this many candidate pairs, a source is too rewritten for small-edit matching to mean much. */
    private static final long MAX_PAIRS = 4_000_000;

    /**
     * @param continues for each new card, the stored card it continues
     * @param retire    stored cards whose text left the notes
     * @param revived   how many retired cards came back
     */
    record Plan(List<String> identities, List<Optional<Long>> continues, List<Long> retire, int revived) {}

    private Reconciliation() {}

    static Plan plan(String sourcePath, List<StoredCard> stored, List<NoteCard> cards) {
        List<String> identities = CardIdentity.of(sourcePath, cards);
        var byIdentity = new HashMap<String, StoredCard>();
        for (StoredCard s : stored) byIdentity.put(s.identity(), s);

        var continues = new ArrayList<Optional<Long>>(cards.size());
        var used = new HashSet<Long>();
        var unmatched = new ArrayList<Integer>();
        for (int i = 0; i < cards.size(); i++) {
            StoredCard match = byIdentity.get(identities.get(i));
            if (match != null) {
                continues.add(Optional.of(match.id()));
                used.add(match.id());
            } else {
                continues.add(Optional.empty());
                unmatched.add(i);
            }
        }

        var leftover = stored.stream().filter(s -> !used.contains(s.id())).toList();
        if (!unmatched.isEmpty() && !leftover.isEmpty() && (long) unmatched.size() * leftover.size() <= MAX_PAIRS) {
            matchSimilar(cards, identities, unmatched, leftover, continues, used);
        }

        int revived = 0;
        for (StoredCard s : stored) {
            if (used.contains(s.id()) && s.status() == CardStatus.RETIRED) revived++;
        }
        var retire = stored.stream()
                .filter(s -> !used.contains(s.id()) && s.status() != CardStatus.RETIRED)
                .map(StoredCard::id).toList();
        return new Plan(identities, continues, retire, revived);
    }

    private record Candidate(int card, StoredCard stored, double score, int order) {}

    private static void matchSimilar(List<NoteCard> cards, List<String> identities, List<Integer> unmatched,
                                     List<StoredCard> leftover, List<Optional<Long>> continues, HashSet<Long> used) {
        var candidates = new ArrayList<Candidate>();
        for (int i : unmatched) {
            String prompt = CardIdentity.promptOf(identities.get(i));
            for (int k = 0; k < leftover.size(); k++) {
                StoredCard s = leftover.get(k);
                if (s.kind() != cards.get(i).kind()) continue;
                double score = PromptSimilarity.score(prompt, CardIdentity.normalize(s.prompt()), SIMILAR);
                if (score >= SIMILAR) candidates.add(new Candidate(i, s, score, k));
            }
        }
        // best pairs first; live cards before retired ones; then notes order, so the outcome is deterministic
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(c -> c.stored().status() == CardStatus.RETIRED)
                .thenComparingInt(Candidate::card)
                .thenComparingInt(Candidate::order));
        for (Candidate c : candidates) {
            if (continues.get(c.card()).isPresent() || used.contains(c.stored().id())) continue;
            continues.set(c.card(), Optional.of(c.stored().id()));
            used.add(c.stored().id());
        }
    }
}
