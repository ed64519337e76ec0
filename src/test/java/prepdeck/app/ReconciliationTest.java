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
    static StoredCard stored(long id, String source, String prompt, String answer, CardStatus status) {
        return new StoredCard(id, source + "\n" + CardIdentity.normalize(prompt), CardKind.QUESTION, prompt, answer, status,
                source.hashCode(), source, "");
    }

    static StoredCard stored(long id, String prompt, String answer) {
        return stored(id, "a.md", prompt, answer, answer.isEmpty() ? CardStatus.GAP : CardStatus.ANSWERED);
    }

    static NoteCard fresh(String prompt, String answer) {
        return new NoteCard(prompt, answer, CardKind.QUESTION, TopicPath.ROOT, 1, Language.EN,
                answer.isEmpty() ? CardStatus.GAP : CardStatus.ANSWERED, OptionalInt.empty(), List.of(), List.of());
    }

    static List<Optional<Long>> continues(List<StoredCard> old, NoteCard... cards) {
        return Reconciliation.plan("a.md", old, List.of(cards)).sources().getFirst().continues();
    }

    static final String MRO = "Method resolution order: the order in which Python looks for a method in a class hierarchy (C3).";

    @Test
    void anExactMatchContinuesTheStoredCard() {
        assertThat(continues(List.of(stored(7, "What is X?", "an x")), fresh("what is x", "an x"))).containsExactly(Optional.of(7L));
    }

    @Test
    void aRewordedPromptOverTheSameAnswerKeepsTheCard() {
        var old = List.of(stored(1, "Что такое MRO?", MRO), stored(2, "Что такое GIL?", "Глобальная блокировка интерпретатора."));

        assertThat(continues(old, fresh("Что такое GIL?", "Глобальная блокировка интерпретатора."), fresh("Что такое MRO в Python?", MRO)))
                .containsExactly(Optional.of(2L), Optional.of(1L));
    }

    @Test
    void anAnswerRewrittenUnderTheSamePromptKeepsTheCard() {
        var old = List.of(stored(1, "What is a metaclass?", "a class of classes"));

        assertThat(continues(old, fresh("What is a metaclass?", "type is one; it builds classes the way classes build objects")))
                .containsExactly(Optional.of(1L));
    }

    @Test
    void aFixedTypoKeepsTheCard() {
        var old = List.of(stored(1, "What is a generatr in Python?", "lazy"));

        assertThat(continues(old, fresh("What is a generator in Python?", "lazy values"))).containsExactly(Optional.of(1L));
    }

    @Test
    void twoShortGapsThatNameDifferentThingsAreDifferentCards() {
        var old = List.of(stored(1, "Что такое GIL?", ""), stored(2, "What is a list?", ""));

        assertThat(continues(old, fresh("Что такое GC?", ""), fresh("What is a set?", ""))).containsExactly(Optional.empty(), Optional.empty());
    }

    @Test
    void unrelatedNewCardsDoNotTakeAnOldCardsHistory() {
        var old = List.of(stored(1, "What is a closure?", "A function that remembers the variables of the scope it was defined in."));

        var plan = Reconciliation.plan("a.md", old, List.of(
                fresh("What is a decorator?", "A function that takes a function and returns a new function."),
                fresh("What is a closure in JavaScript?", "Something else entirely: see the MDN page on scopes.")));

        assertThat(plan.sources().getFirst().continues()).containsExactly(Optional.empty(), Optional.empty());
        assertThat(plan.retire()).extracting(StoredCard::id).containsExactly(1L);
    }

    @Test
    void cardsWithTheSameGenericPromptAreToldApartByTheirCode() {
        var old = List.of(
                stored(1, "Что будет в консоли?", "```python\nprint([1, 2, 3][::-1])\n```\n[3, 2, 1]"),
                stored(2, "Что будет в консоли?", "```python\na = {}\na.setdefault('k', []).append(1)\nprint(a)\n```\n{'k': [1]}"));

        // a new one above both, the two swapped, and the first one's code edited
        var got = continues(old,
                fresh("Что будет в консоли?", "```python\nprint(0.1 + 0.2 == 0.3)\n```\nFalse"),
                fresh("Что будет в консоли?", "```python\na = {}\na.setdefault('k', []).append(1)\nprint(a)\n```\n{'k': [1]}"),
                fresh("Что будет в консоли?", "```python\nprint([1, 2, 3, 4][::-1])\n```\n[4, 3, 2, 1]"));

        assertThat(got).containsExactly(Optional.empty(), Optional.of(2L), Optional.of(1L));
    }

    @Test
    void aDeletedGenericCardDoesNotPassItsHistoryToANewOne() {
        var old = List.of(stored(1, "What is the output?", "```python\nprint(sorted({3, 1, 2}))\n```\n[1, 2, 3]"));

        assertThat(continues(old, fresh("What is the output?", "```js\nconsole.log(typeof null)\n```\nobject")))
                .containsExactly(Optional.empty());
    }

    @Test
    void twoNewCardsEquallyLikeOneOldCardLeaveItAlone() {
        String answer = "It assigns inside an expression: if (n := len(a)) > 10 reads the length once.";
        var old = List.of(stored(1, "What does the walrus operator do?", answer));

        var got = continues(old, fresh("What does the walrus operator do in Python?", answer),
                fresh("What does the walrus operator do in Java?", answer));

        assertThat(got).containsExactly(Optional.empty(), Optional.empty());
    }

    @Test
    void theClosestOfTwoSimilarCardsWins() {
        var old = List.of(stored(1, "Explain Python list comprehensions", "[x * x for x in range(10)] builds a list"));

        var got = continues(old, fresh("Explain Python set comprehensions", "{x * x for x in range(10)} builds a set"),
                fresh("Explain Python list comprehension", "[x * x for x in range(10)] builds a list"));

        assertThat(got).containsExactly(Optional.empty(), Optional.of(1L));
    }

    @Test
    void aCardThatMovedToAnotherFileIsFoundThereAndItsIdentityStepsAside() {
        var old = List.of(stored(1, "a.md", "What is a tuple?", "an immutable sequence", CardStatus.ANSWERED),
                stored(2, "b.md", "What is a set?", "unique items", CardStatus.ANSWERED));

        var plan = Reconciliation.plan(old, List.of(new Reconciliation.Incoming("a.md", List.of()),
                new Reconciliation.Incoming("b.md", List.of(fresh("What is a set?", "unique items"),
                        fresh("What is a tuple?", "an immutable sequence, hashable when its items are")))));

        assertThat(plan.sources().get(1).continues()).containsExactly(Optional.of(2L), Optional.of(1L));
        assertThat(plan.retire()).isEmpty();
        assertThat(plan.renames()).containsOnlyKeys(1L);
        assertThat(plan.matches()).filteredOn(m -> m.stored().id() == 1).singleElement()
                .satisfies(m -> assertThat(m.source()).isEqualTo("b.md"));
    }

    @Test
    void aRetiredCardWhoseIdentityIsTakenByAnotherCardStepsAside() {
        var old = List.of(stored(1, "a.md", "What will this print?", "```python\nprint(1 // 2)\n```\n0", CardStatus.RETIRED));

        var plan = Reconciliation.plan("a.md", old, List.of(fresh("What will this print?", "```js\nconsole.log([] + {})\n```\n[object Object]")));

        assertThat(plan.sources().getFirst().continues()).containsExactly(Optional.empty());
        assertThat(plan.renames()).containsEntry(1L, "a.md\nwhat will this print\n~1");
    }

    @Test
    void aRetiredCardIsRevivedAndCounted() {
        var plan = Reconciliation.plan("a.md", List.of(stored(3, "a.md", "What is X?", "an x", CardStatus.RETIRED)),
                List.of(fresh("What is X?", "an x")));

        assertThat(plan.sources().getFirst().continues()).containsExactly(Optional.of(3L));
        assertThat(plan.revived()).isEqualTo(1);
    }

    @Test
    void aCardAlreadyRetiredIsNotRetiredAgain() {
        var plan = Reconciliation.plan("a.md", List.of(stored(3, "a.md", "gone", "x", CardStatus.RETIRED)), List.of());

        assertThat(plan.retire()).isEmpty();
    }

    @Test
    void similarityIsEditDistanceOverTheLongerPrompt() {
        assertThat(PromptSimilarity.score("abcdefghij", "abcdefghij", 0.8)).isEqualTo(1.0);
        assertThat(PromptSimilarity.score("abcdefghij", "abcdefghiX", 0.8)).isEqualTo(0.9);
        assertThat(PromptSimilarity.score("abcdefghij", "abcdefXXXX", 0.8)).isLessThan(0.8);
        assertThat(PromptSimilarity.boundedDistance("kitten", "sitting", 10)).isEqualTo(3);
    }

    @Test
    void aLargeRewriteIsMatchedByWordsItShares() {
        // 3,000 × 3,000 leftovers: beyond scoring every pair, candidates come from the words they share
        var random = new java.util.Random(7);
        var old = new java.util.ArrayList<StoredCard>();
        var cards = new java.util.ArrayList<NoteCard>();
        for (int n = 0; n < 3000; n++) {
            String subject = word(random) + " " + word(random);
            String answer = word(random) + " " + word(random) + " " + word(random) + " " + word(random) + " " + word(random);
            old.add(stored(n + 1, "What is " + subject + "?", answer));
            cards.add(fresh("What is " + subject + " in practice?", answer + " " + word(random)));
        }
        long started = System.nanoTime();

        var continues = Reconciliation.plan("a.md", old, cards).sources().getFirst().continues();

        System.err.printf("ReconciliationTest: 3,000 reworded and edited cards matched in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        int right = 0;
        for (int n = 0; n < continues.size(); n++) {
            if (continues.get(n).isPresent()) assertThat(continues.get(n)).contains(n + 1L);
            if (continues.get(n).isPresent()) right++;
        }
        assertThat(right).isGreaterThan(2900);
    }

    static String word(java.util.Random random) {
        var b = new StringBuilder();
        for (int i = 0; i < 6; i++) b.append((char) ('a' + random.nextInt(26)));
        return b.toString();
    }
}
