package prepdeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.ingest.NoteReader;
import prepdeck.knowledge.CardStatus;
import prepdeck.review.fsrs.Parameters;
import prepdeck.review.fsrs.Scheduler;
import prepdeck.review.fsrs.SchedulerConfig;

/**
 * Many cards asked with one generic prompt ("What is the output?") and told apart by their stems (the code and
 * options on the front), read by the real reader and stored: the stem comes back from the store, and every card keeps
 * its id and its reviews across a re-import that reorders them and edits an answer and a line of code. Runs over
 * SQLite and a real PostgreSQL.
 */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(prepdeck.testing.StoreKind.class)
class StemIdentityTest {
    @org.junit.jupiter.params.Parameter prepdeck.testing.StoreKind kind;
    @org.junit.jupiter.api.extension.RegisterExtension final prepdeck.testing.TestStores stores = new prepdeck.testing.TestStores();
    @TempDir Path temp;
    Path notes;
    TestClock clock = new TestClock(Instant.parse("2025-03-01T09:00:00Z"));
    DeckStore store;
    Knowledge knowledge;
    DeckPractice practice;

    @BeforeEach
    void setUp() throws IOException {
        notes = Files.createDirectories(temp.resolve("notes"));
        store = stores.open(kind, temp.resolve("data"));
        knowledge = new DeckKnowledge(store);
        practice = new DeckPractice(store, new Scheduler(Parameters.DEFAULT, SchedulerConfig.DEFAULT), clock);
    }

    ImportReport importNotes() throws IOException {
        clock.advance(Duration.ofMinutes(1));
        return new ImportNotes(store, new NoteReader(), clock, NoteReader.VERSION).run(List.of(notes), ImportProgress.NONE);
    }

    static final List<String> CODE = List.of(
            "console.log(typeof null);", "console.log(0.1 + 0.2 === 0.3);", "console.log([] + []);",
            "console.log(typeof NaN);", "console.log('b' + 'a' + +'a' + 'a');", "console.log([1, 2, 3].map(parseInt));");

    static String question(int n, String code, String explanation) {
        return "###### " + n + ". What is the output?\n\n```javascript\n" + code + "\n```\n\n- A: `true`\n- B: `false`\n\n"
                + "<details><summary><b>Answer</b></summary>\n<p>\n\n#### Answer: B\n\n" + explanation + "\n\n</p>\n</details>\n\n---\n\n";
    }

    static String explanation(int i) {
        return "Explanation number " + i + ": JavaScript converts the operands before it compares or adds them here.";
    }

    List<CardView> live() {
        return knowledge.cards(new CardQuery(Optional.empty(), Optional.empty(), false));
    }

    @Test
    void cardsWithOnePromptKeepTheirIdsAndReviewsByTheirStems() throws IOException {
        var text = new StringBuilder("# Quiz\n\n");
        for (int i = 0; i < CODE.size(); i++) text.append(question(i + 1, CODE.get(i), explanation(i)));
        Files.writeString(notes.resolve("quiz.md"), text);
        importNotes();

        var first = live();
        assertThat(first).hasSize(CODE.size()).allSatisfy(c -> {
            assertThat(c.prompt()).isEqualTo("What is the output?");
            assertThat(c.answer()).startsWith("**Answer: B**").doesNotContain("console.log");
        });
        Map<String, Long> idOfCode = new HashMap<>();
        for (var c : first) {
            String code = CODE.stream().filter(c.stem()::contains).findFirst().orElseThrow();
            assertThat(c.stem()).isEqualTo("```javascript\n" + code + "\n```\n\n- A: `true`\n- B: `false`"); // as stored
            idOfCode.put(code, c.id());
        }
        assertThat(idOfCode.values()).doesNotHaveDuplicates();
        for (long id : idOfCode.values()) {
            clock.advance(Duration.ofDays(1));
            practice.answer(id, 3, "stem-" + id, 4_000);
        }

        // reordered, one explanation rewritten, one line of code edited
        var order = new ArrayList<Integer>();
        for (int i = 0; i < CODE.size(); i++) order.add(i);
        Collections.reverse(order);
        var edited = new StringBuilder("# Quiz\n\n");
        int n = 1;
        for (int i : order) {
            String code = i == 2 ? "console.log([] + {});" : CODE.get(i);
            String why = i == 4 ? "The unary plus makes NaN of 'a', and NaN is concatenated as text: banana." : explanation(i);
            edited.append(question(n++, code, why));
        }
        Files.writeString(notes.resolve("quiz.md"), edited);
        var report = importNotes();

        assertThat(report.changes().retired()).isEmpty();
        assertThat(report.changes().newCards()).isZero();
        var second = live();
        assertThat(second).hasSize(CODE.size());
        for (var c : second) {
            int i = c.stem().contains("[] + {}") ? 2 : CODE.indexOf(CODE.stream().filter(c.stem()::contains).findFirst().orElseThrow());
            assertThat(c.id()).as("the card about %s", CODE.get(i)).isEqualTo(idOfCode.get(CODE.get(i)));
        }
        var reviews = store.read(r -> r.reviewCounts(second.stream().map(CardView::id).toList()));
        assertThat(reviews.values()).containsOnly(1);
    }

    @Test
    void cardsWithOnePromptAndOneAnswerAreNotDuplicatesWhenTheirStemsDiffer() throws IOException {
        Files.writeString(notes.resolve("quiz.md"), "# Quiz\n\n" + question(1, CODE.get(0), "Both print false.")
                + question(2, CODE.get(1), "Both print false.") + question(3, CODE.get(1), "Both print false."));
        importNotes();

        // the third is the second again: the same prompt, stem and answer are one card
        assertThat(live()).hasSize(2).allSatisfy(c -> assertThat(c.status()).isEqualTo(CardStatus.ANSWERED))
                .extracting(CardView::stem).allSatisfy(s -> assertThat(s).startsWith("```javascript")).doesNotHaveDuplicates();
    }
}
