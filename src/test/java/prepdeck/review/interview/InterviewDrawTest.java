package prepdeck.review.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import prepdeck.review.interview.InterviewDraw.Asked;
import prepdeck.review.interview.InterviewDraw.Candidate;
import prepdeck.review.interview.InterviewDraw.FollowUp;

class InterviewDrawTest {
    static Candidate card(long id, String topic, double recall, FollowUp... followUps) {
        return new Candidate(id, topic, recall < 0 ? OptionalDouble.empty() : OptionalDouble.of(recall), List.of(followUps));
    }

    @Test
    void followUpsComeRightAfterTheirMainQuestionInOrderAndGapsAreNeverAsked() {
        var generators = card(1, "Python", 0.5, new FollowUp(2, false), new FollowUp(3, true), new FollowUp(4, false));
        var others = new ArrayList<Candidate>(List.of(generators));
        for (long id = 10; id < 30; id++) others.add(card(id, "Docker", 0.5));
        for (long seed = 0; seed < 200; seed++) {
            var draw = InterviewDraw.draw(others, 30, new SplittableRandom(seed));
            var ids = draw.questions().stream().map(Asked::cardId).toList();
            assertThat(ids).doesNotContain(3L).doesNotHaveDuplicates();
            int at = ids.indexOf(1L);
            assertThat(ids.subList(at, at + 3)).containsExactly(1L, 2L, 4L);
            assertThat(draw.questions().get(at + 1).followUp()).isTrue();
            assertThat(draw.questions().get(at + 1).main()).isEqualTo(1L);
            assertThat(draw.gapsPassed()).containsExactly(3L);
        }
    }

    @Test
    void theLimitCountsFollowUpsAndCutsTheLastMainQuestionsFollowUps() {
        var cards = List.of(card(1, "A", -1, new FollowUp(2, false), new FollowUp(3, false)), card(5, "A", -1, new FollowUp(6, false)));
        for (long seed = 0; seed < 50; seed++) {
            var draw = InterviewDraw.draw(cards, 4, new SplittableRandom(seed));
            assertThat(draw.questions()).hasSize(4);
            assertThat(draw.questions().getFirst().followUp()).isFalse();
        }
        assertThat(InterviewDraw.draw(cards, 50, new SplittableRandom(1)).questions()).hasSize(5);
    }

    @Test
    void cardsWithLowPredictedRecallAndNeverPractisedOnesAreDrawnFarMoreOftenThanWellKnownOnes() {
        var cards = new ArrayList<Candidate>();
        for (long id = 0; id < 10; id++) cards.add(card(id, "T", 0.97, new FollowUp[0]));       // known well
        for (long id = 10; id < 20; id++) cards.add(card(id, "T", 0.30, new FollowUp[0]));      // fading
        for (long id = 20; id < 30; id++) cards.add(card(id, "T", -1, new FollowUp[0]));        // never practised
        Map<String, Integer> drawn = new HashMap<>();
        for (long seed = 0; seed < 2000; seed++) {
            for (Asked a : InterviewDraw.draw(cards, 5, new SplittableRandom(seed)).questions()) {
                drawn.merge(a.cardId() < 10 ? "known" : a.cardId() < 20 ? "fading" : "new", 1, Integer::sum);
            }
        }
        assertThat(drawn.get("fading")).isGreaterThan(5 * drawn.getOrDefault("known", 0));
        assertThat(drawn.get("new")).isGreaterThan(drawn.get("fading"));
        assertThat(drawn.getOrDefault("known", 0)).isPositive();
    }

    @Test
    void topicsTheNotesDwellOnAreAskedMore() {
        var cards = new ArrayList<Candidate>();
        for (long id = 0; id < 16; id++) cards.add(card(id, "Big", -1, new FollowUp[0]));
        cards.add(card(100, "Small", -1, new FollowUp[0]));
        int big = 0, small = 0;
        for (long seed = 0; seed < 2000; seed++) {
            for (Asked a : InterviewDraw.draw(cards, 3, new SplittableRandom(seed)).questions()) {
                if (a.cardId() == 100) small++;
                else if (a.cardId() == 0) big++;
            }
        }
        assertThat(big).isGreaterThan(2 * small);
    }

    @Test
    void theSameSeedDrawsTheSameInterview() {
        var cards = new ArrayList<Candidate>();
        for (long id = 0; id < 40; id++) cards.add(card(id, "T" + id % 4, id % 3 == 0 ? -1 : 0.5, new FollowUp[0]));
        assertThat(InterviewDraw.draw(cards, 10, new SplittableRandom(7)))
                .isEqualTo(InterviewDraw.draw(cards, 10, new SplittableRandom(7)))
                .isNotEqualTo(InterviewDraw.draw(cards, 10, new SplittableRandom(8)));
    }

    @Test
    void twoChosenTopicsTakeTurnsEvenWhenOneMainQuestionBringsManyFollowUps() {
        var cards = new ArrayList<Candidate>();
        // Python dwells far longer in the notes and its mains bring four follow-ups each: unspread, it fills the interview
        for (long id = 0; id < 30; id++) {
            cards.add(card(id * 10, "Python / Core", -1, new FollowUp(id * 10 + 1, false), new FollowUp(id * 10 + 2, false),
                    new FollowUp(id * 10 + 3, false), new FollowUp(id * 10 + 4, false)));
        }
        for (long id = 1000; id < 1004; id++) cards.add(card(id, "Docker", 0.9));
        var chosen = List.of("Python", "Docker");
        for (long seed = 0; seed < 200; seed++) {
            var draw = InterviewDraw.draw(cards, chosen, 6, new SplittableRandom(seed));
            var topics = draw.questions().stream().map(a -> a.cardId() >= 1000 ? "Docker" : "Python").toList();
            assertThat(topics).as("seed " + seed).hasSize(6);
            assertThat(topics.stream().filter("Docker"::equals).count()).as("seed " + seed + ": " + topics).isEqualTo(3);
            // the first two main questions come from different topics
            var mains = draw.questions().stream().filter(a -> !a.followUp()).map(a -> a.cardId() >= 1000 ? "Docker" : "Python").toList();
            assertThat(mains.get(0)).isNotEqualTo(mains.get(1));
        }
        var unspread = InterviewDraw.draw(cards, 6, new SplittableRandom(3)).questions();
        assertThat(unspread).allMatch(a -> a.cardId() < 1000);
    }

    @Test
    void aChosenTopicWithFewQuestionsGivesWhatItHasAndTheOthersFillTheRest() {
        var cards = new ArrayList<Candidate>();
        for (long id = 0; id < 20; id++) cards.add(card(id, "A", -1));
        cards.add(card(100, "B / deep", -1));
        cards.add(card(200, "Outside", -1));
        for (long seed = 0; seed < 50; seed++) {
            var ids = InterviewDraw.draw(cards, List.of("A", "B"), 9, new SplittableRandom(seed)).questions().stream().map(Asked::cardId).toList();
            assertThat(ids).hasSize(9).contains(100L).doesNotContain(200L).doesNotHaveDuplicates();
        }
        assertThat(InterviewDraw.shares(List.of(1, 50, 50), 10)).containsExactly(1, 5, 4);
        assertThat(InterviewDraw.shares(List.of(3, 2), 10)).containsExactly(3, 2);
        assertThat(InterviewDraw.shares(List.of(40, 40, 40), 4)).containsExactly(2, 1, 1);
    }
}
