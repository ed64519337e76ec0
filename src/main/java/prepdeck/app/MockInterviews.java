package prepdeck.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import prepdeck.knowledge.CardStatus;
import prepdeck.knowledge.Language;
import prepdeck.review.fsrs.Scheduler;
import prepdeck.review.interview.AnswerCheck;
import prepdeck.review.interview.AnswerChecker;
import prepdeck.review.interview.InterviewDraw;

/**
 * Mock interviews: draws the questions ({@link InterviewDraw}, weighted toward low predicted recall and
 * toward the topics the notes dwell on), checks typed answers for their key points, records each grade as
 * an ordinary review through {@link Practice} (so an interview is practice too), and reports.
 */
public final class MockInterviews {
    public static final int DEFAULT_QUESTIONS = 10;
    public static final int MAX_QUESTIONS = 200;
    /** How long a question takes, for an interview asked for in minutes. */
    public static final int MINUTES_PER_QUESTION = 2;
    /** How many gaps the report offers to write next. */
    public static final int WRITE_NEXT = 10;
    private static final int MAX_ANSWER_CHARS = 20_000;

    private final Knowledge knowledge;
    private final DeckStore deck;
    private final InterviewStore interviews;
    private final Practice practice;
    private final java.util.function.Supplier<AnswerChecker> checkers;
    private volatile AnswerChecker checker;
    private final Scheduler scheduler;
    private final Clock clock;
    private final RandomGenerator seeds;

    /**
     * @param scheduler for predicted recall now (retrievability)
     * @param seeds     where a session's seed comes from when the request names none
     */
    public MockInterviews(Knowledge knowledge, DeckStore deck, InterviewStore interviews, Practice practice, AnswerChecker checker,
                          Scheduler scheduler, Clock clock, RandomGenerator seeds) {
        this(knowledge, deck, interviews, practice, lazyChecker(Objects.requireNonNull(checker)), scheduler, clock, seeds);
    }

    /**
     * The same with the answer checker made on its first use: its glossary and text analysis (Lucene, the
     * dictionaries) take about a second to load, which a command that checks no answer should not pay.
     */
    public MockInterviews(Knowledge knowledge, DeckStore deck, InterviewStore interviews, Practice practice,
                          java.util.function.Supplier<AnswerChecker> checkers, Scheduler scheduler, Clock clock, RandomGenerator seeds) {
        this.knowledge = Objects.requireNonNull(knowledge);
        this.deck = Objects.requireNonNull(deck);
        this.interviews = Objects.requireNonNull(interviews);
        this.practice = Objects.requireNonNull(practice);
        this.checkers = Objects.requireNonNull(checkers);
        this.scheduler = Objects.requireNonNull(scheduler);
        this.clock = Objects.requireNonNull(clock);
        this.seeds = Objects.requireNonNull(seeds);
    }

    private static java.util.function.Supplier<AnswerChecker> lazyChecker(AnswerChecker made) {
        return () -> made;
    }

    private AnswerChecker checker() {
        AnswerChecker c = checker;
        if (c == null) {
            synchronized (this) {
                if (checker == null) checker = Objects.requireNonNull(checkers.get(), "the answer checker");
                c = checker;
            }
        }
        return c;
    }

    /** Draws and saves a new session; its first question is asked now. */
    public InterviewSession start(InterviewRequest request) {
        if (request.questions().isPresent() && request.minutes().isPresent()) {
            throw new InvalidInputException("give the length as questions or as minutes, not both");
        }
        request.questions().filter(n -> n < 1 || n > MAX_QUESTIONS).ifPresent(n -> {
            throw new InvalidInputException("questions must be 1–" + MAX_QUESTIONS + ", got " + n);
        });
        request.minutes().filter(n -> n < 1 || n > 600).ifPresent(n -> {
            throw new InvalidInputException("minutes must be 1–600, got " + n);
        });
        var topicPaths = knowledge.topics().stream().map(TopicView::path).toList();
        for (String t : request.topics()) {
            if (!topicPaths.contains(t)) throw new NotFoundException("no topic '" + t + "'");
        }
        int limit = request.questions().orElseGet(() -> request.minutes()
                .map(m -> Math.max(1, Math.min(MAX_QUESTIONS, (m + MINUTES_PER_QUESTION - 1) / MINUTES_PER_QUESTION))).orElse(DEFAULT_QUESTIONS));
        long seed = request.seed().orElseGet(seeds::nextLong);
        Instant now = now();

        var cards = knowledge.cards(CardQuery.ALL);
        Map<Long, CardView> byId = new HashMap<>();
        for (CardView c : cards) byId.put(c.id(), c);
        var mains = cards.stream()
                .filter(c -> c.status() == CardStatus.ANSWERED)
                .filter(c -> inTopics(c.topic(), request.topics()))
                .filter(c -> request.language().isEmpty() || request.language().get() == c.language())
                .filter(c -> c.parent().map(byId::get).filter(p -> p.status() == CardStatus.ANSWERED).isEmpty())
                .toList();
        var recall = deck.read(r -> {
            var out = new HashMap<Long, OptionalDouble>();
            for (CardView c : mains) {
                out.put(c.id(), r.cardState(c.id()).map(s -> OptionalDouble.of(scheduler.retrievability(DeckPractice.state(s), now)))
                        .orElse(OptionalDouble.empty()));
            }
            return out;
        });
        var candidates = mains.stream().map(c -> new InterviewDraw.Candidate(c.id(), c.topic(), recall.get(c.id()),
                c.followUps().stream().map(byId::get).filter(Objects::nonNull)
                        .map(f -> new InterviewDraw.FollowUp(f.id(), f.status() != CardStatus.ANSWERED)).toList())).toList();
        var draw = InterviewDraw.draw(candidates, request.topics(), limit, new SplittableRandom(seed));
        if (draw.questions().isEmpty()) {
            throw new InvalidInputException("no answered cards to ask" + (request.topics().isEmpty() ? "" : " in " + String.join(", ", request.topics()))
                    + request.language().map(l -> " in language " + l.code()).orElse("") + ": import notes, or write some gaps");
        }
        var planned = draw.questions().stream().map(a -> {
            CardView c = byId.get(a.cardId());
            return new InterviewStore.Planned(c.id(), a.main(), a.followUp(), c.prompt(), c.topic(), c.language().code());
        }).toList();
        var settings = new InterviewSettings(limit, request.minutes(), request.topics(), request.language(), seed);
        return session(interviews.create(settings, planned, now));
    }

    private static boolean inTopics(String topic, List<String> topics) {
        return topics.isEmpty() || topics.stream().anyMatch(t -> topic.equals(t) || topic.startsWith(t + " / "));
    }

    public InterviewSession session(long id) {
        return interviews.session(id).orElseThrow(() -> new NotFoundException("no interview " + id));
    }

    /** What a question's card is about (its code and options, as Markdown), to show with its prompt; "" for most. */
    public String stemOf(long cardId) {
        return knowledge.card(cardId).map(CardView::stem).orElse("");
    }

    /**
     * A typed answer to a question, checked for the key points of the card's answer; a blank one is the
     * user thinking and revealing the answer (no score). Answering again replaces the earlier answer.
     */
    public AnswerFeedback answer(long sessionId, int position, String text) {
        InterviewQuestion q = open(sessionId, position);
        if (text.length() > MAX_ANSWER_CHARS) throw new InvalidInputException("an answer may have at most " + MAX_ANSWER_CHARS + " characters");
        var card = knowledge.card(q.cardId());
        String reference = card.map(CardView::answer).orElse("");
        // the question as shown: its prompt and what it is about (code the user may quote proves nothing)
        String asked = card.filter(CardView::hasStem).map(c -> q.prompt() + "\n\n" + c.stem()).orElse(q.prompt());
        Optional<Double> score;
        List<PointResult> points;
        if (text.isBlank()) {
            score = Optional.empty();
            points = checker().keyPoints(asked, reference, q.language()).stream().map(p -> PointResult.unanswered(p.text())).toList();
            interviews.saveAnswer(sessionId, position, "", true, score, List.of(), now());
        } else {
            AnswerCheck check = checker().check(asked, reference, text, q.language()); // words the question names prove nothing
            score = check.score().isPresent() ? Optional.of(check.score().getAsDouble()) : Optional.empty();
            points = check.points().stream().map(PointResult::of).toList();
            interviews.saveAnswer(sessionId, position, text.strip(), false, score, points, now());
        }
        return new AnswerFeedback(session(sessionId).question(position), score, points, reference);
    }

    /**
     * The user's own grade, recorded as a review like any other (its idempotency key is the session and the
     * question's place, so a repeat counts once); the next question is asked.
     */
    public ReviewReceipt grade(long sessionId, int position, int rating) {
        InterviewSession session = session(sessionId);
        InterviewQuestion q = session.question(position);
        if (session.finished()) throw new ConflictException("interview " + sessionId + " is finished");
        if (q.skipped()) throw new ConflictException("question " + position + " was skipped");
        Instant now = now();
        long duration = q.askedAt().map(a -> Duration.between(a, now).toMillis()).filter(d -> d >= 0).orElse(0L);
        ReviewReceipt receipt = practice.answer(q.cardId(), rating, "interview-" + sessionId + "-" + position, duration);
        interviews.saveGrade(sessionId, position, rating, receipt.reviewId(), now);
        askNext(session, position, now);
        return receipt;
    }

    /** Passes a question over: no review is recorded; the next question is asked. */
    public InterviewSession skip(long sessionId, int position) {
        InterviewSession session = session(sessionId);
        InterviewQuestion q = session.question(position);
        if (session.finished()) throw new ConflictException("interview " + sessionId + " is finished");
        if (q.rating().isPresent()) throw new ConflictException("question " + position + " is graded already");
        Instant now = now();
        interviews.skip(sessionId, position, now);
        askNext(session, position, now);
        return session(sessionId);
    }

    private void askNext(InterviewSession session, int position, Instant now) {
        session.questions().stream().filter(q -> q.position() != position && !q.done())
                .min((a, b) -> Integer.compare(Math.floorMod(a.position() - position, session.questions().size()),
                        Math.floorMod(b.position() - position, session.questions().size())))
                .ifPresent(q -> interviews.asked(session.id(), q.position(), now));
    }

    /** Ends the session (questions not reached count as skipped) and returns its report. */
    public InterviewReport finish(long sessionId) {
        InterviewSession session = session(sessionId);
        if (!session.finished()) {
            Instant now = now();
            for (InterviewQuestion q : session.questions()) if (!q.done()) interviews.skip(sessionId, q.position(), now);
            interviews.finish(sessionId, now);
        }
        return report(sessionId);
    }

    public InterviewReport report(long sessionId) {
        InterviewSession session = session(sessionId);
        var gaps = knowledge.gaps();
        Map<Long, GapView> gapById = new LinkedHashMap<>();
        for (GapView g : gaps) gapById.put(g.id(), g);
        var next = new LinkedHashMap<Long, GapView>();
        session.questions().stream().map(InterviewQuestion::mainCardId).distinct()
                .flatMap(main -> knowledge.card(main).map(CardView::followUps).orElse(List.of()).stream())
                .map(gapById::get).filter(Objects::nonNull).forEach(g -> next.putIfAbsent(g.id(), g));
        List<String> topics = session.settings().topics().isEmpty()
                ? session.questions().stream().map(InterviewQuestion::topic).distinct().toList() : session.settings().topics();
        for (GapView g : gaps) {
            if (next.size() >= WRITE_NEXT) break;
            if (inTopics(g.topic(), topics)) next.putIfAbsent(g.id(), g);
        }
        return InterviewReport.of(session, new ArrayList<>(next.values()).subList(0, Math.min(WRITE_NEXT, next.size())));
    }

    /** Every session of the user, oldest first. */
    public List<InterviewSession> history() {
        return interviews.sessions();
    }

    /** The session's report as a Markdown document. */
    public String markdown(long sessionId) {
        return InterviewMarkdown.of(report(sessionId));
    }

    private InterviewQuestion open(long sessionId, int position) {
        InterviewSession session = session(sessionId);
        InterviewQuestion q = session.question(position);
        if (session.finished()) throw new ConflictException("interview " + sessionId + " is finished");
        if (q.done()) throw new ConflictException("question " + position + " is " + (q.skipped() ? "skipped" : "graded") + " already");
        return q;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Whether a language code names one of the notes' languages. */
    public static Optional<Language> language(String code) {
        if (code == null || code.isBlank() || code.equalsIgnoreCase("all")) return Optional.empty();
        try {
            return Optional.of(Language.fromCode(code.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }
}
