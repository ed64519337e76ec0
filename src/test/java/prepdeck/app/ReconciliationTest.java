package prepdeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.CardStatus;
import prepdeck.knowledge.Language;
import prepdeck.knowledge.NoteCard;
import prepdeck.knowledge.TopicPath;

class ReconciliationTest {
    static StoredCard stored(long id, String prompt, CardKind kind, CardStatus status) {
        return new StoredCard(id, "a.md\n" + CardIdentity.normalize(prompt), kind, prompt, status);
    }

    static NoteCard fresh(String prompt, CardKind kind) {
        return new NoteCard(prompt, "x", kind, TopicPath.ROOT, 1, Language.EN, CardStatus.ANSWERED, OptionalInt.empty(), List.of(), List.of());
    }

    @Test
    void anExactMatchContinuesTheStoredCard() {
        var plan = Reconciliation.plan("a.md", List.of(stored(7, "What is X?", CardKind.QUESTION, CardStatus.ANSWERED)),
                List.of(fresh("what is x", CardKind.QUESTION)));

        assertThat(plan.continues()).containsExactly(Optional.of(7L));
        assertThat(plan.retire()).isEmpty();
    }

    @Test
    void aSmallEditContinuesTheStoredCardOfTheSameKindOnly() {
        var old = List.of(stored(1, "What is a generatr?", CardKind.DEFINITION, CardStatus.ANSWERED),
                stored(2, "What is a generatr?", CardKind.QUESTION, CardStatus.ANSWERED));

        var plan = Reconciliation.plan("a.md", old, List.of(fresh("What is a generator?", CardKind.QUESTION)));

        assertThat(plan.continues()).containsExactly(Optional.of(2L));
        assertThat(plan.retire()).containsExactly(1L);
    }

    @Test
    void eachStoredCardIsContinuedAtMostOnceAndTheClosestPairWins() {
        var old = List.of(stored(1, "explain python list comprehensions", CardKind.QUESTION, CardStatus.ANSWERED));

        var plan = Reconciliation.plan("a.md", old, List.of(
                fresh("explain python set comprehensions", CardKind.QUESTION),
                fresh("explain python list comprehension", CardKind.QUESTION)));

        assertThat(plan.continues()).containsExactly(Optional.empty(), Optional.of(1L));
    }

    @Test
    void aRetiredCardIsRevivedAndCounted() {
        var plan = Reconciliation.plan("a.md", List.of(stored(3, "What is X?", CardKind.QUESTION, CardStatus.RETIRED)),
                List.of(fresh("What is X?", CardKind.QUESTION)));

        assertThat(plan.continues()).containsExactly(Optional.of(3L));
        assertThat(plan.revived()).isEqualTo(1);
    }

    @Test
    void aCardAlreadyRetiredIsNotRetiredAgain() {
        var plan = Reconciliation.plan("a.md", List.of(stored(3, "gone", CardKind.QUESTION, CardStatus.RETIRED)), List.of());

        assertThat(plan.retire()).isEmpty();
    }

    @Test
    void similarityIsEditDistanceOverTheLongerPrompt() {
        assertThat(PromptSimilarity.score("abcdefghij", "abcdefghij", 0.8)).isEqualTo(1.0);
        assertThat(PromptSimilarity.score("abcdefghij", "abcdefghiX", 0.8)).isEqualTo(0.9);
        assertThat(PromptSimilarity.score("abcdefghij", "abcdefXXXX", 0.8)).isLessThan(0.8);
        assertThat(PromptSimilarity.boundedDistance("kitten", "sitting", 10)).isEqualTo(3);
    }
}
