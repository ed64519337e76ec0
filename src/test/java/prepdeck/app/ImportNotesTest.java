package prepdeck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.ingest.NoteReader;
import prepdeck.knowledge.CardStatus;

/** Runs over SQLite and a real PostgreSQL (see {@link prepdeck.testing.TestPostgres}). */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(prepdeck.testing.StoreKind.class)
class ImportNotesTest {
    @org.junit.jupiter.params.Parameter prepdeck.testing.StoreKind kind;
    @org.junit.jupiter.api.extension.RegisterExtension final prepdeck.testing.TestStores stores = new prepdeck.testing.TestStores();
    @TempDir Path temp;
    Path notes;
    TestClock clock = new TestClock(Instant.parse("2025-01-10T09:00:00Z"));
    DeckStore store;
    Knowledge knowledge;

    @BeforeEach
    void setUp() throws IOException {
        notes = Files.createDirectories(temp.resolve("notes"));
        store = stores.open(kind, temp.resolve("data"));
        knowledge = new DeckKnowledge(store);
    }

    ImportReport importNotes() {
        return importer("1").run(List.of(notes), ImportProgress.NONE);
    }

    ImportNotes importer(String parserVersion) {
        clock.advance(Duration.ofMinutes(1));
        return new ImportNotes(store, new NoteReader()::scan, TinyNotes::parse, clock, parserVersion);
    }

    void write(String name, String text) throws IOException {
        Files.createDirectories(notes.resolve(name).getParent());
        Files.writeString(notes.resolve(name), text);
    }

    CardView card(String prompt) {
        return knowledge.cards(new CardQuery(Optional.empty(), Optional.empty(), true)).stream()
                .filter(c -> c.prompt().equals(prompt)).findFirst().orElseThrow(() -> new AssertionError("no card " + prompt));
    }

    static final String PYTHON = """
            # Python
            ## Generators
            Q: What is a generator?
            A: A function that yields values lazily.
            S: list(x for x in range(3)) => [0, 1, 2]
            F: How does send() work?
            A: It resumes the generator with a value.
            Q: What does yield from do?
            ## GIL
            D: GIL
            A: A lock that lets one thread run Python bytecode at a time.
            L: https://docs.python.org/3/glossary.html#term-global-interpreter-lock
            """;

    @Test
    void importsTopicsCardsGapsAndSnippetsAndCountsThem() throws IOException {
        write("python.md", PYTHON);

        var report = importNotes();

        assertThat(report.totals()).isEqualTo(new ImportReport.Totals(1, 3, 3, 1, 1, 0, 0));
        assertThat(report.sources()).singleElement().satisfies(s -> {
            assertThat(s.path()).isEqualTo("python.md");
            assertThat(s.format()).isEqualTo("markdown");
            assertThat(s.cards()).isEqualTo(3);
            assertThat(s.gaps()).isEqualTo(1);
        });
        assertThat(knowledge.stats()).isEqualTo(new Stats(1, 3, 3, 1, 1, 0, 0));
        assertThat(knowledge.topics()).extracting(TopicView::path, TopicView::cards, TopicView::gaps).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Python", 0, 0),
                org.assertj.core.groups.Tuple.tuple("Python / Generators", 2, 1),
                org.assertj.core.groups.Tuple.tuple("Python / GIL", 1, 0));
        var generator = card("What is a generator?");
        assertThat(generator.topic()).isEqualTo("Python / Generators");
        assertThat(generator.line()).isEqualTo(3);
        assertThat(generator.snippets()).singleElement().satisfies(s -> assertThat(s.expectedOutput()).contains("[0, 1, 2]"));
        var send = card("How does send() work?");
        assertThat(send.parent()).contains(generator.id());
        assertThat(generator.followUps()).containsExactly(send.id());
        assertThat(card("GIL").references()).hasSize(1);
        assertThat(knowledge.gaps()).singleElement().satisfies(g -> {
            assertThat(g.title()).isEqualTo("What does yield from do?");
            assertThat(g.line()).isEqualTo(8);
        });
    }

    @Test
    void importingTheSameNotesAgainChangesNothing() throws IOException {
        write("python.md", PYTHON);
        write("docker/cheats.md", "# Docker\nQ: List containers\nA: docker ps\n");
        importNotes();
        var cardsBefore = knowledge.cards(CardQuery.ALL);
        var topicsBefore = knowledge.topics();
        var statsBefore = knowledge.stats();

        var again = importNotes();

        assertThat(again.totals()).isEqualTo(new ImportReport.Totals(0, 0, 0, 0, 0, 0, 2));
        assertThat(again.sources()).isEmpty();
        assertThat(knowledge.cards(CardQuery.ALL)).isEqualTo(cardsBefore);
        assertThat(knowledge.topics()).isEqualTo(topicsBefore);
        assertThat(knowledge.stats()).isEqualTo(statsBefore);
    }

    @Test
    void aSmallEditToAPromptKeepsTheCardId() throws IOException {
        write("python.md", "Q: What is a generatr in Python?\nA: lazy\n");
        importNotes();
        long id = card("What is a generatr in Python?").id();

        write("python.md", "Q: What is a generator in Python?\nA: lazy values\n");
        var report = importNotes();

        var edited = card("What is a generator in Python?");
        assertThat(edited.id()).isEqualTo(id);
        assertThat(edited.answer()).isEqualTo("lazy values");
        assertThat(edited.status()).isEqualTo(CardStatus.ANSWERED);
        assertThat(report.totals().retired()).isZero();
        assertThat(knowledge.stats().retired()).isZero();
    }

    @Test
    void aPromptChangedBeyondSmallEditsIsANewCardAndTheOldOneIsRetired() throws IOException {
        write("python.md", "Q: What is a generator?\nA: lazy\n");
        importNotes();
        long old = card("What is a generator?").id();

        write("python.md", "Q: Explain the method resolution order\nA: C3\n");
        importNotes();

        assertThat(card("Explain the method resolution order").id()).isNotEqualTo(old);
        assertThat(card("What is a generator?").status()).isEqualTo(CardStatus.RETIRED);
    }

    @Test
    void punctuationCaseAndSpacingDoNotChangeACardsIdentity() throws IOException {
        write("a.md", "Q: What is a  closure?\nA: a function with its scope\n");
        importNotes();
        long id = card("What is a  closure?").id();

        write("a.md", "Q: what is a closure\nA: a function with its scope\n");
        importNotes();

        assertThat(card("what is a closure").id()).isEqualTo(id);
        assertThat(knowledge.stats().retired()).isZero();
    }

    @Test
    void aRemovedCardIsRetiredWithItsIdKept() throws IOException {
        write("python.md", "Q: What is a decorator?\nA: a wrapper\nQ: What is a metaclass?\nA: a class of classes\n");
        importNotes();
        long id = card("What is a metaclass?").id();

        write("python.md", "Q: What is a decorator?\nA: a wrapper\n");
        clock.advance(Duration.ofHours(1));
        var report = importNotes();

        assertThat(report.totals().retired()).isEqualTo(1);
        var retired = card("What is a metaclass?");
        assertThat(retired.id()).isEqualTo(id);
        assertThat(retired.status()).isEqualTo(CardStatus.RETIRED);
        assertThat(knowledge.cards(CardQuery.ALL)).extracting(CardView::prompt).containsExactly("What is a decorator?");
        assertThat(knowledge.stats()).extracting(Stats::cards, Stats::retired).containsExactly(1L, 1L);
    }

    @Test
    void aRetiredCardWhosePromptComesBackIsRevived() throws IOException {
        write("python.md", "Q: What is a metaclass?\nA: a class of classes\n");
        importNotes();
        long id = card("What is a metaclass?").id();
        write("python.md", "Q: Something else entirely, about sockets\nA: later\n");
        importNotes();

        write("python.md", "Q: Something else entirely, about sockets\nA: later\nQ: What is a metaclass?\n");
        importNotes();

        var back = card("What is a metaclass?");
        assertThat(back.id()).isEqualTo(id);
        assertThat(back.status()).isEqualTo(CardStatus.GAP);
        assertThat(knowledge.stats().retired()).isZero();
    }

    @Test
    void aRepeatedPromptInOneSourceGivesDistinctCardsThatKeepTheirIds() throws IOException {
        write("qa.md", "# Docker\nQ: Why?\nA: isolation\n# Git\nQ: Why?\nA: history\n");
        importNotes();
        var ids = knowledge.cards(CardQuery.ALL).stream().map(CardView::id).toList();
        assertThat(ids).hasSize(2).doesNotHaveDuplicates();

        write("qa.md", "# Docker\nQ: Why?\nA: isolation of processes\n# Git\nQ: Why?\nA: history\n");
        importNotes();

        assertThat(knowledge.cards(CardQuery.ALL)).extracting(CardView::id).containsExactlyElementsOf(ids);
    }

    @Test
    void aTopicInTwoFilesIsOneTopic() throws IOException {
        write("a.md", "# Docker\nQ: List containers\nA: docker ps\n");
        write("b.md", "# Docker\nQ: List images\nA: docker images\n");

        importNotes();

        assertThat(knowledge.topics()).singleElement().satisfies(t -> {
            assertThat(t.path()).isEqualTo("Docker");
            assertThat(t.cards()).isEqualTo(2);
        });
    }

    @Test
    void aTopicLeftWithNothingInItIsRemovedButOneHoldingRetiredCardsStays() throws IOException {
        write("a.md", "# Docker\n## Volumes\n# Git\nQ: What is rebase?\nA: replaying commits\n");
        importNotes();
        assertThat(knowledge.topics()).extracting(TopicView::path).containsExactly("Docker", "Docker / Volumes", "Git");

        write("a.md", "# Kubernetes\nQ: What is a pod?\nA: a group of containers\n");
        importNotes();

        // Git holds a retired card (its review history may matter); Docker was only ever a heading
        assertThat(knowledge.topics()).extracting(TopicView::path).containsExactly("Git", "Kubernetes");
    }

    @Test
    void snippetsAndReferencesOfAChangedSourceAreRewritten() throws IOException {
        write("a.md", "Q: What does range print?\nA: numbers\nS: print(list(range(2))) => [0, 1]\nL: https://a.example\n");
        importNotes();

        write("a.md", "Q: What does range print?\nA: numbers\nS: print(list(range(3))) => [0, 1, 2]\nT: 95\n");
        importNotes();

        var card = card("What does range print?");
        assertThat(card.snippets()).singleElement().satisfies(s -> assertThat(s.code()).isEqualTo("print(list(range(3)))"));
        assertThat(card.references()).singleElement().isInstanceOf(prepdeck.knowledge.Reference.TimeCode.class);
        assertThat(knowledge.stats().snippets()).isEqualTo(1);
    }

    @Test
    void aRejectedFileIsReportedAndTheOtherFilesAreImported() throws IOException {
        write("bad.md", "REJECT me\n");
        write("good.md", "Q: What is a tuple?\nA: an immutable sequence\nW: odd line here\n");

        var report = importNotes();

        assertThat(report.diagnostics()).extracting(Object::toString)
                .containsExactlyInAnyOrder("bad.md:1: rejected on request", "good.md:3: odd line here");
        assertThat(report.totals().sources()).isEqualTo(1);
        assertThat(knowledge.stats().cards()).isEqualTo(1);
    }

    @Test
    void aFailureMidImportLeavesTheDeckAsItWas() throws IOException {
        write("a.md", "Q: What is a set?\nA: unordered unique items\n");
        importNotes();
        var cardsBefore = knowledge.cards(new CardQuery(Optional.empty(), Optional.empty(), true));
        var topicsBefore = knowledge.topics();
        write("a.md", "# Changed\nQ: What is a frozenset?\nA: an immutable set\n");
        write("b.md", "# B\nQ: What is a dict?\nA: a hash map\n");

        ImportProgress failsOnSecondFile = (done, total, path) -> {
            if (done == 2) throw new IllegalStateException("disk on fire");
        };
        assertThatThrownBy(() -> importer("1").run(List.of(notes), failsOnSecondFile)).hasMessage("disk on fire");

        assertThat(knowledge.cards(new CardQuery(Optional.empty(), Optional.empty(), true))).isEqualTo(cardsBefore);
        assertThat(knowledge.topics()).isEqualTo(topicsBefore);
        assertThat(knowledge.stats().sources()).isEqualTo(1);
        // and the failed import did not mark the changed file as seen: the next import reads it
        assertThat(importNotes().totals().sources()).isEqualTo(2);
    }

    @Test
    void aNewParserVersionReadsUnchangedFilesAgain() throws IOException {
        write("a.md", "Q: What is a list?\nA: a mutable sequence\n");
        importNotes();

        var report = importer("2").run(List.of(notes), ImportProgress.NONE);

        assertThat(report.totals().sources()).isEqualTo(1);
        assertThat(report.totals().unchangedSources()).isZero();
        assertThat(knowledge.stats().retired()).isZero();
    }

    @Test
    void progressIsReportedForEachChangedFile() throws IOException {
        write("a.md", "Q: a?\nA: a\n");
        write("b.md", "Q: b?\nA: b\n");
        var seen = new java.util.ArrayList<String>();

        importer("1").run(List.of(notes), (done, total, path) -> seen.add(done + "/" + total + " " + path));

        assertThat(seen).containsExactly("1/2 a.md", "2/2 b.md");
    }

    @Test
    void aDeletedFileRetiresItsCardsAndTheyComeBackWithTheirIdsWhenItDoes() throws IOException {
        write("a.md", "# Docker\nQ: List containers\nA: docker ps\n");
        write("b.md", "Q: What is a tuple?\nA: an immutable sequence\n");
        importNotes();
        long id = card("List containers").id();

        Files.delete(notes.resolve("a.md"));
        var report = importNotes();

        assertThat(report.totals().retired()).isEqualTo(1);
        assertThat(card("List containers").status()).isEqualTo(CardStatus.RETIRED);
        assertThat(knowledge.stats()).extracting(Stats::sources, Stats::cards, Stats::retired).containsExactly(1L, 1L, 1L);
        assertThat(knowledge.topics()).extracting(TopicView::path).contains("Docker"); // held by the retired card

        write("a.md", "# Docker\nQ: List containers\nA: docker ps\n");
        importNotes();

        assertThat(card("List containers").id()).isEqualTo(id);
        assertThat(card("List containers").status()).isEqualTo(CardStatus.ANSWERED);
        assertThat(knowledge.stats().sources()).isEqualTo(2);
    }

    @Test
    void importingAnotherFolderLeavesTheFirstFoldersCardsAlone() throws IOException {
        write("a.md", "Q: What is a tuple?\nA: an immutable sequence\n");
        importNotes();
        Path other = Files.createDirectories(temp.resolve("other"));
        Files.writeString(other.resolve("b.md"), "Q: What is a set?\nA: unique items\n");

        importer("1").run(List.of(other), ImportProgress.NONE);

        assertThat(knowledge.stats()).extracting(Stats::sources, Stats::cards, Stats::retired).containsExactly(2L, 2L, 0L);
    }

    @Test
    void aSingleFileImportedOnItsOwnRetiresNothingElse() throws IOException {
        write("a.md", "Q: What is a tuple?\nA: an immutable sequence\n");
        write("b.md", "Q: What is a set?\nA: unique items\n");
        importNotes();

        write("a.md", "Q: What is a tuple?\nA: an immutable sequence, hashable\n");
        importer("1").run(List.of(notes.resolve("a.md")), ImportProgress.NONE);

        assertThat(knowledge.stats()).extracting(Stats::sources, Stats::cards, Stats::retired).containsExactly(2L, 2L, 0L);
    }

    @Test
    void twoFoldersWithTheSamePathInsideImportTheFirstAndReportTheSecond() throws IOException {
        write("a.md", "Q: What is a tuple?\nA: an immutable sequence\n");
        Path other = Files.createDirectories(temp.resolve("other"));
        Files.writeString(other.resolve("a.md"), "Q: What is a set?\nA: unique items\n");

        var report = importer("1").run(List.of(notes, other), ImportProgress.NONE);

        assertThat(report.diagnostics()).singleElement().satisfies(d -> assertThat(d.toString()).startsWith("a.md: also found under"));
        assertThat(knowledge.cards(CardQuery.ALL)).extracting(CardView::prompt).containsExactly("What is a tuple?");
        assertThat(importer("1").run(List.of(notes, other), ImportProgress.NONE).totals().unchangedSources()).isEqualTo(1);
    }
}
