package prepdeck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import prepdeck.app.CardQuery;
import prepdeck.app.CardRow;
import prepdeck.app.Stats;
import prepdeck.app.CardWrite;
import prepdeck.app.SnippetFixture;
import prepdeck.app.SourceWrite;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.CardStatus;
import prepdeck.knowledge.Language;
import prepdeck.knowledge.NoteCard;
import prepdeck.knowledge.SourceFormat;
import prepdeck.knowledge.TopicPath;
import prepdeck.testing.StoreKind;
import prepdeck.testing.TestStores;

/** The store's own promises, below the use cases, held by SQLite and PostgreSQL alike. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class StoreContractTest {
    @Parameter StoreKind kind;
    @RegisterExtension final TestStores stores = new TestStores();
    @TempDir Path temp;

    static final Instant NOW = Instant.parse("2025-02-03T04:05:06.789Z");
    OpenDeck deck;
    List<Long> ids;

    static NoteCard card(String prompt, OptionalInt parent) {
        return new NoteCard(prompt, "answer to " + prompt, CardKind.QUESTION, TopicPath.ROOT, 1, Language.EN, CardStatus.ANSWERED,
                parent, List.of(), List.of());
    }

    @BeforeEach
    void setUp() {
        deck = stores.open(kind, temp.resolve("data"));
        ids = deck.write(tx -> {
            long source = tx.saveSource(new SourceWrite("a.md", "/notes", "hash", "1", SourceFormat.values()[0], Language.EN), NOW);
            return tx.saveCards(source, List.of(
                    new CardWrite(Optional.empty(), "a.md q1", card("q1", OptionalInt.empty()), Optional.empty()),
                    new CardWrite(Optional.empty(), "a.md q2", card("q2", OptionalInt.of(0)), Optional.empty())), NOW);
        });
    }

    // typed reads: assertThat cannot pick an overload for a generic read's result
    List<CardRow> cards(boolean includeRetired) {
        return deck.read(r -> r.cards(new CardQuery(Optional.empty(), Optional.empty(), includeRetired)));
    }

    Map<Long, List<Long>> followUps(long id) {
        return deck.read(r -> r.followUps(List.of(id)));
    }

    Map<Long, Instant> updatedAt() {
        return deck.read(r -> r.cardsUpdatedAt());
    }

    Optional<String> setting(String key) {
        return deck.read(r -> r.setting(key));
    }

    Stats stats() {
        return deck.read(r -> r.stats());
    }

    @Test
    void newCardsGetIncreasingIdsAndFollowUpsPointAtTheirParents() {
        assertThat(ids.get(1)).isGreaterThan(ids.get(0));
        var rows = cards(false);
        assertThat(rows).extracting(r -> r.parent().orElse(null)).containsExactly(null, ids.get(0));
        assertThat(followUps(ids.get(0))).isEqualTo(Map.of(ids.get(0), List.of(ids.get(1))));
        assertThat(updatedAt()).containsEntry(ids.get(0), NOW);
    }

    @Test
    void aCardOfASourceThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> deck.write(tx -> tx.saveCards(999_999, List.of(
                new CardWrite(Optional.empty(), "x", card("x", OptionalInt.empty()), Optional.empty())), NOW)))
                .hasMessageContainingAll("cards").satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains("foreign key"));
        assertThat(cards(true)).hasSize(2);
    }

    @Test
    void aWriteThatThrowsLeavesNothingBehind() {
        assertThatThrownBy(() -> deck.write(tx -> {
            tx.putSetting("retention", "0.9");
            throw new IllegalStateException("no");
        })).hasMessage("no");
        assertThat(setting("retention")).isEmpty();
    }

    @Test
    void settingsArePutReplacedAndRemoved() {
        deck.write(tx -> { tx.putSetting("retention", "0.9"); return null; });
        deck.write(tx -> { tx.putSetting("retention", "0.85"); return null; });
        assertThat(setting("retention")).contains("0.85");
        deck.write(tx -> { tx.removeSetting("retention"); return null; });
        assertThat(setting("retention")).isEmpty();
    }

    @Test
    void fixturesBelongToACardOfThisDeckAndAreReplacedByName() {
        var fixtures = deck.fixtures();
        assertThat(fixtures.save(ids.get(0), "data.txt", "one", NOW)).isTrue();
        assertThat(fixtures.save(ids.get(0), "data.txt", "two", NOW)).isTrue();
        assertThat(fixtures.save(ids.get(0), "b.csv", "x,y", NOW)).isTrue();
        assertThat(fixtures.save(999_999, "data.txt", "nobody's", NOW)).as("a card that is not in the deck").isFalse();

        assertThat(fixtures.ofCard(ids.get(0))).containsExactly(new SnippetFixture("b.csv", "x,y"), new SnippetFixture("data.txt", "two"));
        assertThat(fixtures.all()).isEqualTo(Map.of(ids.get(0), Map.of("b.csv", "x,y", "data.txt", "two")));
        assertThat(fixtures.remove(ids.get(0), "b.csv")).isTrue();
        assertThat(fixtures.remove(ids.get(0), "b.csv")).isFalse();
        assertThat(fixtures.ofCard(ids.get(0))).extracting(SnippetFixture::name).containsExactly("data.txt");
        // the schema refuses a name that is a path, whatever the use case checked
        for (String bad : List.of("../etc", "a\\b", "..")) {
            assertThatThrownBy(() -> fixtures.save(ids.get(0), bad, "x", NOW)).as(bad).isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void retiredCardsAreLeftOutUnlessAskedForAndRevivedByAnUpdate() {
        deck.write(tx -> { tx.retireCards(List.of(ids.get(1)), NOW.plusSeconds(60)); return null; });
        assertThat(cards(false)).hasSize(1);
        assertThat(stats().retired()).isEqualTo(1);
        assertThat(updatedAt()).containsEntry(ids.get(1), NOW.plusSeconds(60));

        long source = deck.read(r -> r.sources().get("a.md").id());
        deck.write(tx -> tx.saveCards(source, List.of(
                new CardWrite(Optional.of(ids.get(0)), "a.md q1", card("q1", OptionalInt.empty()), Optional.empty()),
                new CardWrite(Optional.of(ids.get(1)), "a.md q2", card("q2", OptionalInt.empty()), Optional.empty())), NOW.plusSeconds(120)));
        assertThat(cards(false)).hasSize(2);
        // an update that changes nothing visible keeps the card's time; the revived one moves
        assertThat(updatedAt()).containsEntry(ids.get(0), NOW).containsEntry(ids.get(1), NOW.plusSeconds(120));
    }
}
