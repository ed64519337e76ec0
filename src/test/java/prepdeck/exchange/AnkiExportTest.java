package prepdeck.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnkiExportTest {
    static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");

    static ExportedCard card(long id, List<String> topic, List<ExportedCard.Answer> answers, Optional<ExportedCard.Memory> memory) {
        return new ExportedCard(id, "<p>Q" + id + "</p>", "<p>A &amp; B</p>", topic, "notes.md:" + id, "QUESTION", "EN",
                NOW.minus(Duration.ofDays(30)), answers, memory);
    }

    @Test
    void aCardKeepsItsGuidAndIdsInEveryExport() {
        var one = AnkiExport.collection(List.of(card(7, List.of("Python"), List.of(), Optional.empty())), NOW);
        var two = AnkiExport.collection(List.of(card(7, List.of("Python"), List.of(), Optional.empty())), NOW.plus(Duration.ofDays(3)));
        assertThat(one.notes().getFirst().guid()).isEqualTo(two.notes().getFirst().guid()).isEqualTo("prepdeck-card-7");
        assertThat(one.notes().getFirst().id()).isEqualTo(two.notes().getFirst().id());
        assertThat(one.cards().getFirst().id()).isEqualTo(two.cards().getFirst().id());
        assertThat(one.decks()).isEqualTo(two.decks());
        assertThat(one.noteTypeId()).isEqualTo(two.noteTypeId());
    }

    @Test
    void topicsBecomeNestedDecksUnderPrepdeckWithTheirParents() {
        var c = AnkiExport.collection(List.of(card(1, List.of("Python", "GIL"), List.of(), Optional.empty()),
                card(2, List.of(), List.of(), Optional.empty())), NOW);
        assertThat(c.decks()).extracting(AnkiCollection.Deck::name).containsExactly("prepdeck", "prepdeck::Python", "prepdeck::Python::GIL");
        long gil = c.decks().get(2).id();
        assertThat(c.cards().getFirst().deckId()).isEqualTo(gil);
        assertThat(c.cards().get(1).deckId()).isEqualTo(c.decks().getFirst().id());
    }

    @Test
    void aNeverAnsweredCardIsNewInImportOrder() {
        var c = AnkiExport.collection(List.of(card(1, List.of(), List.of(), Optional.empty()), card(2, List.of(), List.of(), Optional.empty())), NOW);
        assertThat(c.cards()).extracting(AnkiCollection.Card::type, AnkiCollection.Card::queue, AnkiCollection.Card::due)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 0, 1L), org.assertj.core.groups.Tuple.tuple(0, 0, 2L));
        assertThat(c.revlog()).isEmpty();
    }

    @Test
    void aReviewCardIsDueOnFsrsDayWithItsIntervalFactorAndHistory() {
        Instant first = NOW.minus(Duration.ofDays(10));
        Instant second = NOW.minus(Duration.ofDays(4));
        var memory = new ExportedCard.Memory("Review", 12.0, 1.0, second, second.plus(Duration.ofDays(12)));
        var c = AnkiExport.collection(List.of(card(3, List.of(), List.of(new ExportedCard.Answer(first, 3, 4200), new ExportedCard.Answer(second, 3, 600_000)),
                Optional.of(memory))), NOW);
        var card = c.cards().getFirst();
        assertThat(card.type()).isEqualTo(2);
        assertThat(card.queue()).isEqualTo(2);
        assertThat(card.interval()).isEqualTo(12);
        assertThat(card.factor()).isEqualTo(3000);
        assertThat(card.reps()).isEqualTo(2);
        long today = Duration.between(Instant.ofEpochSecond(c.crtSeconds()), NOW).toDays();
        assertThat(today).isEqualTo(10);
        assertThat(card.due()).isEqualTo(today + 8);
        assertThat(c.revlog()).extracting(AnkiCollection.Revlog::id).containsExactly(first.toEpochMilli(), second.toEpochMilli());
        assertThat(c.revlog()).extracting(AnkiCollection.Revlog::ease).containsExactly(3, 3);
        assertThat(c.revlog()).extracting(AnkiCollection.Revlog::timeMs).as("capped at a minute, as Anki does").containsExactly(4200, 60_000);
        assertThat(c.revlog()).extracting(AnkiCollection.Revlog::type).containsExactly(0, 1);
        assertThat(card.data()).contains("\"s\":12.0000").contains("\"d\":1.0000");
    }

    @Test
    void anAgainOnAReviewCardIsALapseAndItRelearnsInTheLearningQueue() {
        Instant first = NOW.minus(Duration.ofDays(5));
        Instant again = NOW.minus(Duration.ofMinutes(2));
        var memory = new ExportedCard.Memory("Relearning", 1.5, 10.0, again, again.plus(Duration.ofMinutes(10)));
        var c = AnkiExport.collection(List.of(card(4, List.of(), List.of(new ExportedCard.Answer(first, 3), new ExportedCard.Answer(again, 1)),
                Optional.of(memory))), NOW);
        var card = c.cards().getFirst();
        assertThat(card.type()).isEqualTo(3);
        assertThat(card.queue()).isEqualTo(1);
        assertThat(card.due()).isEqualTo(again.plus(Duration.ofMinutes(10)).getEpochSecond());
        assertThat(card.lapses()).isEqualTo(1);
        assertThat(card.factor()).isEqualTo(1300);
        assertThat(c.revlog()).extracting(AnkiCollection.Revlog::type).containsExactly(0, 2);
        assertThat(c.revlog().get(1).interval()).as("a learning step, in negative seconds").isEqualTo(-600);
    }

    @Test
    void theSortFieldIsTheFrontWithoutMarkupAndItsChecksumIsAnkisSha1Prefix() {
        var note = AnkiExport.collection(List.of(card(9, List.of(), List.of(), Optional.empty())), NOW).notes().getFirst();
        assertThat(note.sortField()).isEqualTo("Q9");
        assertThat(note.checksum()).isEqualTo(Long.parseLong(java.util.HexFormat.of().formatHex(sha1("Q9"), 0, 4), 16));
        assertThat(note.fields()).containsExactly("<p>Q9</p>", "<p>A &amp; B</p>", "", "notes.md:9");
        assertThat(note.tags()).isEqualTo(" prepdeck kind::question lang::en ");
    }

    static byte[] sha1(String s) {
        try {
            return java.security.MessageDigest.getInstance("SHA-1").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
