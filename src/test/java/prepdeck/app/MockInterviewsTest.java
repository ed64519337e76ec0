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
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.ingest.NoteReader;
import prepdeck.review.fsrs.Parameters;
import prepdeck.review.fsrs.Scheduler;
import prepdeck.review.fsrs.SchedulerConfig;
import prepdeck.review.interview.AnswerChecker;
import prepdeck.search.LuceneTextAnalysis;

/** Mock interviews over a real SQLite data folder, fed by the tiny test notes format. Runs over SQLite and a real PostgreSQL (see {@link prepdeck.testing.TestPostgres}). */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(prepdeck.testing.StoreKind.class)
class MockInterviewsTest {
    @org.junit.jupiter.params.Parameter prepdeck.testing.StoreKind kind;
    @org.junit.jupiter.api.extension.RegisterExtension final prepdeck.testing.TestStores stores = new prepdeck.testing.TestStores();
    @TempDir Path temp;
    TestClock clock = new TestClock(Instant.parse("2025-03-01T10:00:00Z"));
    LuceneTextAnalysis analysis = new LuceneTextAnalysis();
    Knowledge knowledge;
    Practice practice;
    MockInterviews interviews;

    static final String NOTES = """
            # Python
            Q: What is a generator?
            A: A function that yields values lazily.
            F: How does it differ from an iterator?
            A: Every generator is an iterator.
            F: What does send do?
            F: What is a hash table?
            A: An array of buckets indexed by hash.
            Q: What does yield from do?
            # Docker
            Q: What is an image?
            A: A read-only template for containers.
            Q: What is a volume?
            A: Storage that outlives containers.
            """;

    @BeforeEach
    void setUp() throws IOException {
        Path notes = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(notes.resolve("notes.md"), NOTES);
        var store = stores.open(kind, temp.resolve("data"));
        knowledge = new DeckKnowledge(store);
        new ImportNotes(store, new NoteReader()::scan, TinyNotes::parse, clock, "1").run(List.of(notes), ImportProgress.NONE);
        var scheduler = new Scheduler(Parameters.DEFAULT, SchedulerConfig.DEFAULT.withFuzz(true));
        practice = new DeckPractice(store, scheduler, clock);
        interviews = new MockInterviews(knowledge, store, store.interviews(), practice, new AnswerChecker(analysis), scheduler, clock,
                new SplittableRandom(1));
    }

    @AfterEach
    void close() {
        analysis.close();
    }

    InterviewSession everything() {
        return interviews.start(new InterviewRequest(Optional.of(50), Optional.empty(), List.of(), Optional.empty(), Optional.of(3L)));
    }

    @Test
    void aSessionAsksEveryAnsweredMainQuestionWithItsFollowUpsAndNeverAGap() {
        var session = everything();
        var prompts = session.questions().stream().map(InterviewQuestion::prompt).toList();
        assertThat(prompts).containsExactlyInAnyOrder("What is a generator?", "How does it differ from an iterator?", "What is a hash table?",
                "What is an image?", "What is a volume?");
        int at = prompts.indexOf("What is a generator?");
        assertThat(prompts.subList(at, at + 3)).containsExactly("What is a generator?", "How does it differ from an iterator?", "What is a hash table?");
        assertThat(session.questions().get(at + 1).followUp()).isTrue();
        assertThat(session.questions().getFirst().askedAt()).contains(Instant.parse("2025-03-01T10:00:00Z"));
        assertThat(session.questions().get(1).askedAt()).isEmpty();
        assertThat(session.settings().seed()).isEqualTo(3L);
    }

    @Test
    void aTopicAndALengthInMinutesNarrowTheSession() {
        var docker = interviews.start(new InterviewRequest(Optional.empty(), Optional.of(2), List.of("Docker"), Optional.empty(), Optional.empty()));
        assertThat(docker.questions()).hasSize(1).allMatch(q -> q.topic().equals("Docker"));
        assertThat(docker.settings().minutes()).contains(2);
        assertThatThrownBy(() -> interviews.start(new InterviewRequest(Optional.empty(), Optional.empty(), List.of("Nope"), Optional.empty(), Optional.empty())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> interviews.start(new InterviewRequest(Optional.of(3), Optional.of(3), List.of(), Optional.empty(), Optional.empty())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theReportSumsEachQuestionsScoreTimeAndGradePerTopicAndInAll() {
        var session = everything();
        long id = session.id();
        int n = session.questions().size();
        for (InterviewQuestion q : session.questions()) {
            clock.advance(Duration.ofSeconds(30));
            switch (q.position()) {
                case 0 -> interviews.skip(id, 0);
                case 1 -> {
                    interviews.answer(id, 1, "");          // thought, then revealed
                    interviews.grade(id, 1, 2);
                }
                default -> {
                    var feedback = interviews.answer(id, q.position(), referenceOf(q.prompt()));
                    assertThat(feedback.score()).contains(1.0);
                    assertThat(feedback.points()).isNotEmpty().allMatch(PointResult::covered);
                    clock.advance(Duration.ofSeconds(5));
                    interviews.grade(id, q.position(), 3);
                }
            }
        }
        var report = interviews.finish(id);
        var t = report.totals();
        assertThat(t.asked()).isEqualTo(n);
        assertThat(t.skipped()).isEqualTo(1);
        assertThat(t.revealed()).isEqualTo(1);
        assertThat(t.scored()).isEqualTo(n - 2);
        assertThat(t.graded()).isEqualTo(n - 1);
        assertThat(t.meanScore()).contains(1.0);
        assertThat(report.topics()).extracting(InterviewReport.TopicResult::topic).containsExactlyInAnyOrder("Python", "Docker");
        assertThat(report.topics().stream().mapToInt(r -> r.totals().asked()).sum()).isEqualTo(n);
        assertThat(report.topics().stream().mapToInt(r -> r.totals().graded()).sum()).isEqualTo(t.graded());
        assertThat(report.topics().stream().map(r -> r.totals().time()).reduce(Duration.ZERO, Duration::plus)).isEqualTo(t.time());
        // each question was asked when the one before it was done: 30 s to answer (or skip) each
        assertThat(t.time()).isEqualTo(Duration.ofSeconds(30L * n));
        assertThat(knowledge.stats().reviews()).isEqualTo(n - 1);
        assertThat(report.writeNext()).extracting(GapView::title).startsWith("What does send do?").contains("What does yield from do?");
        assertThat(interviews.history()).extracting(InterviewSession::id).containsExactly(id);
        assertThat(interviews.history().getFirst().finished()).isTrue();
    }

    @Test
    void gradingTwiceRecordsOneReviewAndAFinishedSessionTakesNoMoreAnswers() {
        var session = everything();
        long id = session.id();
        interviews.answer(id, 0, "no idea");
        var first = interviews.grade(id, 0, 1);
        assertThat(interviews.session(id).questions().get(0).reviewId()).contains(first.reviewId());
        assertThatThrownBy(() -> interviews.answer(id, 0, "again")).isInstanceOf(ConflictException.class);
        assertThat(knowledge.stats().reviews()).isEqualTo(1);
        var report = interviews.finish(id);
        assertThat(report.totals().skipped()).isEqualTo(session.questions().size() - 1);
        assertThatThrownBy(() -> interviews.grade(id, 1, 3)).isInstanceOf(ConflictException.class);
        assertThat(report.totals().meanScore()).contains(0.0);
    }

    @Test
    void theMarkdownExportHasTheSummaryTheTopicTableEveryQuestionAndTheGapsToWrite() {
        var session = everything();
        long id = session.id();
        var q0 = session.questions().getFirst();
        clock.advance(Duration.ofSeconds(75));
        interviews.answer(id, 0, referenceOf(q0.prompt()));
        interviews.grade(id, 0, 4);
        interviews.finish(id);
        String md = interviews.markdown(id);
        assertThat(md).startsWith("# Mock interview " + id + " — 2025-03-01 10:00 UTC\n")
                .contains("50 questions · all topics · all languages · seed 3")
                .contains("Mean score 100% over 1 typed answer · 0 revealed · " + (session.questions().size() - 1) + " skipped · 1 graded · 1:15 in all (1:15 answering)")
                .contains("| Topic | Questions | Typed | Skipped | Mean score | Time |")
                .contains("### 1. " + q0.prompt() + "\n\n" + q0.topic() + " · score 100% · 1:15 · graded Easy")
                .contains("- Covered: ")
                .contains("## Write this answer next\n\n- What does send do? (Python, notes.md:");
        for (InterviewQuestion q : session.questions()) assertThat(md).contains(". " + q.prompt());
    }

    /** The page shows two clocks: the session's (from its start) and the question's (from being asked to the answer). */
    @Test
    void theReportSaysTheSessionClockAtTheFinishAndEachQuestionsClock() {
        var session = everything();
        long id = session.id();
        clock.advance(Duration.ofSeconds(7));
        interviews.answer(id, 0, "no idea");   // the question clock stops at 0:07
        clock.advance(Duration.ofSeconds(5));  // reading the feedback
        interviews.grade(id, 0, 2);
        clock.advance(Duration.ofSeconds(2));
        var report = interviews.finish(id);     // the session clock shows 0:14
        assertThat(report.session().length()).isEqualTo(Duration.ofSeconds(14));
        // answering: 0:07 on the first question's clock, 0:02 on the second's (asked at the grade, skipped at the finish)
        assertThat(report.totals().time()).isEqualTo(Duration.ofSeconds(9));
        assertThat(interviews.markdown(id)).contains(" · 0:14 in all (0:09 answering)").contains(" · 0:07 · graded Hard");
    }

    @Test
    void twoChosenTopicsShareTheQuestions() {
        for (long seed = 0; seed < 20; seed++) {
            var session = interviews.start(new InterviewRequest(Optional.of(4), Optional.empty(), List.of("Python", "Docker"), Optional.empty(),
                    Optional.of(seed)));
            assertThat(session.questions()).extracting(InterviewQuestion::topic).as("seed " + seed)
                    .containsExactlyInAnyOrder("Python", "Python", "Docker", "Docker");
        }
    }

    /** Recall comes from the user's own history: a card answered Easy just now is rarely asked, a forgotten one often. */
    @Test
    void aCardRecalledWellIsDrawnLessOftenThanOnesNeverPractised() {
        long known = knowledge.cards(CardQuery.ALL).stream().filter(c -> c.prompt().equals("What is an image?")).findFirst().orElseThrow().id();
        for (int i = 0; i < 4; i++) {
            practice.answer(known, 4, "easy-" + i, 1000);
            clock.advance(Duration.ofDays(1));
        }
        int knownDrawn = 0, volumeDrawn = 0;
        for (long seed = 0; seed < 300; seed++) {
            var s = interviews.start(new InterviewRequest(Optional.of(1), Optional.empty(), List.of("Docker"), Optional.empty(), Optional.of(seed)));
            if (s.questions().getFirst().cardId() == known) knownDrawn++;
            else volumeDrawn++;
        }
        assertThat(volumeDrawn).isGreaterThan(5 * knownDrawn);
        assertThat(knownDrawn).isPositive();
    }

    String referenceOf(String prompt) {
        return knowledge.cards(CardQuery.ALL).stream().filter(c -> c.prompt().equals(prompt)).findFirst().orElseThrow().answer();
    }
}
