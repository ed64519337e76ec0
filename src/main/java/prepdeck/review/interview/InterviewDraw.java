package prepdeck.review.interview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.random.RandomGenerator;

/**
 * Picks the questions of a mock interview: main questions drawn at random, weighted toward what matters,
 * each followed by its follow-ups in the notes' order. Pure: the randomness is passed in.
 *
 * <p>A main question's weight is its need times its topic's weight. The need is 1 for a card never
 * practised and {@code 1 − R} (at least {@value #MIN_NEED}) for one with a predicted recall {@code R} now,
 * so a card about to be forgotten comes up far more often than one known well, which still comes up now
 * and then. A topic weighs the square root of how many main questions it holds: the notes dwell on it,
 * so it counts, without one long cheat sheet crowding out every other topic. Mains are drawn without
 * repetition by weighted random keys (each gets {@code u^(1/w)} for a uniform {@code u}; the largest
 * keys win), which takes one pass and a sort.
 */
public final class InterviewDraw {
    /** The need of a card recalled for sure: small, never zero. */
    public static final double MIN_NEED = 0.05;

    /** A follow-up of a main question; a gap is never asked. */
    public record FollowUp(long id, boolean gap) {}

    /**
     * A main question that may be asked.
     *
     * @param recall predicted recall now (FSRS retrievability), empty for a card never practised
     * @param followUps in the notes' order
     */
    public record Candidate(long id, String topic, OptionalDouble recall, List<FollowUp> followUps) {
        public Candidate {
            Objects.requireNonNull(topic);
            Objects.requireNonNull(recall);
            followUps = List.copyOf(followUps);
        }
    }

    /**
     * One question of the interview.
     *
     * @param main the main question it belongs to (its own id for a main question)
     */
    public record Asked(long cardId, long main, boolean followUp) {}

    /**
     * What was drawn.
     *
     * @param questions  main questions, each followed by its follow-ups, at most the limit
     * @param gapsPassed follow-ups of the drawn mains that are gaps, skipped, in order
     */
    public record Draw(List<Asked> questions, List<Long> gapsPassed) {
        public Draw {
            questions = List.copyOf(questions);
            gapsPassed = List.copyOf(gapsPassed);
        }
    }

    private InterviewDraw() {}

    /** The weight a candidate is drawn with, given how many candidates its topic holds. */
    public static double weight(Candidate c, int topicSize) {
        double need = c.recall().isEmpty() ? 1.0 : Math.max(MIN_NEED, 1.0 - c.recall().getAsDouble());
        return need * Math.sqrt(Math.max(1, topicSize));
    }

    /**
     * Draws main questions until {@code limit} questions (follow-ups included) are asked, or the candidates
     * run out.
     */
    public static Draw draw(List<Candidate> candidates, int limit, RandomGenerator random) {
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        Map<String, Integer> topicSize = new HashMap<>();
        for (Candidate c : candidates) topicSize.merge(c.topic(), 1, Integer::sum);
        record Keyed(Candidate candidate, double key) {}
        var keyed = new ArrayList<Keyed>(candidates.size());
        for (Candidate c : candidates) {
            double u = random.nextDouble();
            // log(u^(1/w)) = log(u)/w: the same order, without underflow for small weights
            double key = Math.log(Math.max(u, Double.MIN_NORMAL)) / weight(c, topicSize.get(c.topic()));
            keyed.add(new Keyed(c, key));
        }
        keyed.sort(Comparator.comparingDouble(Keyed::key).reversed());
        var asked = new ArrayList<Asked>();
        var gaps = new ArrayList<Long>();
        for (Keyed k : keyed) {
            if (asked.size() >= limit) break;
            Candidate c = k.candidate();
            asked.add(new Asked(c.id(), c.id(), false));
            for (FollowUp f : c.followUps()) {
                if (f.gap()) gaps.add(f.id());
                else if (asked.size() < limit) asked.add(new Asked(f.id(), c.id(), true));
            }
        }
        return new Draw(asked, gaps);
    }
}
