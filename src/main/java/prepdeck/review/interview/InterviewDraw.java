package prepdeck.review.interview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
        return draw(candidates, List.of(), limit, random);
    }

    /**
     * The same, spread over the topics the user chose: each chosen topic (with its subtopics) gets an equal
     * share of the questions, or all it holds when that is less (the rest goes to the others), and the topics
     * take turns, one main question with its follow-ups at a time, the topic whose best candidate drew the
     * largest key first. So two chosen topics alternate, however many follow-ups one main question brings.
     * A candidate belongs to the most specific chosen topic that holds it; one in none is not drawn.
     *
     * @param chosen topic paths ({@code " / "}-joined); empty: one pool, drawn by weight alone
     */
    public static Draw draw(List<Candidate> candidates, List<String> chosen, int limit, RandomGenerator random) {
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
        // pools in the order of their best key, each pool in key order
        var pools = new LinkedHashMap<String, List<Candidate>>();
        for (Keyed k : keyed) {
            Optional<String> pool = chosen.isEmpty() ? Optional.of("") : poolOf(k.candidate().topic(), chosen);
            pool.ifPresent(p -> pools.computeIfAbsent(p, x -> new ArrayList<>()).add(k.candidate()));
        }
        var shares = shares(pools.values().stream().map(InterviewDraw::questionsIn).toList(), limit);
        var asked = new ArrayList<Asked>();
        var gaps = new ArrayList<Long>();
        var lists = List.copyOf(pools.values());
        int[] next = new int[lists.size()];
        int[] taken = new int[lists.size()];
        boolean any = true;
        while (any && asked.size() < limit) {
            any = false;
            for (int p = 0; p < lists.size() && asked.size() < limit; p++) {
                if (taken[p] >= shares[p] || next[p] >= lists.get(p).size()) continue;
                any = true;
                Candidate c = lists.get(p).get(next[p]++);
                asked.add(new Asked(c.id(), c.id(), false));
                taken[p]++;
                for (FollowUp f : c.followUps()) {
                    if (f.gap()) gaps.add(f.id());
                    else if (taken[p] < shares[p] && asked.size() < limit) {
                        asked.add(new Asked(f.id(), c.id(), true));
                        taken[p]++;
                    }
                }
            }
        }
        return new Draw(asked, gaps);
    }

    /** The most specific chosen topic that holds {@code topic}. */
    private static Optional<String> poolOf(String topic, List<String> chosen) {
        return chosen.stream().filter(t -> topic.equals(t) || topic.startsWith(t + " / ")).max(Comparator.comparingInt(String::length));
    }

    /** How many questions a pool can ask: its mains and their written follow-ups. */
    private static int questionsIn(List<Candidate> pool) {
        return pool.stream().mapToInt(c -> 1 + (int) c.followUps().stream().filter(f -> !f.gap()).count()).sum();
    }

    /**
     * Equal shares of {@code limit}, none above what its pool holds (water filling: a small pool gets all it
     * has, the rest is shared again). A remainder goes to the first pools.
     */
    static int[] shares(List<Integer> capacity, int limit) {
        int n = capacity.size();
        int[] share = new int[n];
        boolean[] capped = new boolean[n];
        int left = limit, open = n;
        while (open > 0 && left > 0) {
            int each = left / open;
            boolean cappedAny = false;
            for (int i = 0; i < n; i++) {
                if (!capped[i] && capacity.get(i) <= each) {
                    share[i] = capacity.get(i);
                    left -= share[i];
                    capped[i] = true;
                    open--;
                    cappedAny = true;
                }
            }
            if (cappedAny) continue;
            int extra = left % open;
            for (int i = 0; i < n; i++) {
                if (!capped[i]) share[i] = each + (extra-- > 0 ? 1 : 0);
            }
            break;
        }
        return share;
    }
}
