package prepdeck.app;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import prepdeck.snippets.SnippetTask;

/**
 * Runs the Python of the notes and says which examples still do what the notes claim: every snippet of
 * the live cards (or of one source, or one card), each after its card's earlier snippets and with the
 * card's fixtures, several at a time. Also "Run" for one snippet of a card page, and the fixtures.
 */
public final class CheckSnippets {
    /** Largest fixture: 1 MB of UTF-8. */
    public static final int MAX_FIXTURE_BYTES = 1 << 20;
    /** Most fixtures one card may have. */
    public static final int MAX_FIXTURES_PER_CARD = 20;
    private static final int MAX_NAME_LENGTH = 255;

    private final Knowledge knowledge;
    private final FixtureStore fixtures;
    private final SnippetRunner runner;
    private final int parallelism;
    private final Clock clock;
    private final DeckAccess access;
    /** Why this deck's code does not run here, if it does not (see {@link #withCodeRefused}). */
    private final Optional<String> codeRefused;
    /** What every user of the deck shares: the last whole-deck report, and the check under way. */
    private final DeckChecks shared;

    /** The deck's snippet state, shared by the principals' {@link #guardedBy views} of one deck. */
    private static final class DeckChecks {
        final AtomicReference<SnippetReport> last = new AtomicReference<>();
        /** The whole-deck check under way, which a second request joins instead of starting another. */
        CompletableFuture<SnippetReport> running;
    }

    /** @param parallelism runs at a time (the checker also keeps it at or below the cores) */
    public CheckSnippets(Knowledge knowledge, FixtureStore fixtures, SnippetRunner runner, int parallelism, Clock clock) {
        this(knowledge, fixtures, runner, parallelism, clock, DeckAccess.OWNER, Optional.empty(), new DeckChecks());
    }

    private CheckSnippets(Knowledge knowledge, FixtureStore fixtures, SnippetRunner runner, int parallelism, Clock clock,
                          DeckAccess access, Optional<String> codeRefused, DeckChecks shared) {
        this.access = Objects.requireNonNull(access);
        this.codeRefused = Objects.requireNonNull(codeRefused);
        this.shared = shared;
        this.knowledge = Objects.requireNonNull(knowledge);
        this.fixtures = Objects.requireNonNull(fixtures);
        this.runner = Objects.requireNonNull(runner);
        if (parallelism < 1) throw new IllegalArgumentException("parallelism must be positive, got " + parallelism);
        this.parallelism = parallelism;
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * The same deck's checks for a principal with this access: the last report and a check under way are
     * shared with this one (they are the deck's, not the user's); fixture writes and whole-deck checks are refused
     * to a learner, who may still run one snippet at a time (the owner's code, see {@link #checkAll}).
     */
    public CheckSnippets guardedBy(DeckAccess access) {
        return new CheckSnippets(knowledge, fixtures, runner, parallelism, clock, access, codeRefused, shared);
    }

    /**
     * The same deck's checks with its code never run: every check and run throws {@link ForbiddenException} saying
     * {@code why}; reading fixtures (and the owner changing them) still works. A server uses this for decks whose
     * notes anyone may have written: the sandbox bounds a run, but a snippet can still read what the server's user
     * can read, the database among it.
     */
    public CheckSnippets withCodeRefused(String why) {
        return new CheckSnippets(knowledge, fixtures, runner, parallelism, clock, access, Optional.of(why), shared);
    }

    /** Whether {@link #checkAll} would run rather than refuse. */
    public boolean mayCheckAll() {
        return access.role().mayEditNotes() && codeRefused.isEmpty();
    }

    /**
     * Why this deck's code does not run here, when it does not: then no check or run is offered (pages say this
     * instead of showing a button that would be refused).
     */
    public Optional<String> codeRefused() {
        return codeRefused;
    }

    private void requireRunnable() {
        codeRefused.ifPresent(why -> {
            throw new ForbiddenException(why);
        });
    }

    /**
     * Checks every snippet of the live cards. The result is kept as {@link #lastReport()}; a call while
     * another whole-deck check runs waits for that one and returns its report. Only the deck's owner checks the
     * whole deck: its report is every member's, and it runs every snippet at once, so a learner reads the owner's
     * report and runs single snippets.
     *
     * @throws ForbiddenException for a learner, or when this deck's code does not run here
     */
    public SnippetReport checkAll() {
        access.requireEditing("check every snippet of it at once (run them one by one instead)");
        requireRunnable();
        CompletableFuture<SnippetReport> mine;
        boolean owner;
        synchronized (shared) {
            owner = shared.running == null;
            if (owner) shared.running = new CompletableFuture<>();
            mine = shared.running;
        }
        if (!owner) {
            try {
                return mine.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw e;
            }
        }
        try {
            var report = check(knowledge.cardsWithSnippets());
            shared.last.set(report);
            mine.complete(report);
            return report;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            synchronized (shared) {
                shared.running = null;
            }
        }
    }

    /** Whether a whole-deck check is running now. */
    public boolean checking() {
        synchronized (shared) {
            return shared.running != null;
        }
    }

    /** Checks the snippets of the live cards of one source (its path as imported). */
    public SnippetReport checkSource(String source) {
        requireRunnable();
        return check(new CardQuery(Optional.of(source), Optional.empty(), false));
    }

    /** Checks the snippets of one card. */
    public SnippetReport checkCard(long cardId) {
        var card = card(cardId);
        requireRunnable();
        return check(List.of(card));
    }

    /**
     * The latest check of every snippet of the live cards, wherever it ran (a whole-deck check, a source, a card or one
     * "Run", from the CLI or the web: they share the store); a snippet whose code changed since it was checked is left
     * out. Empty when no snippet was ever checked.
     */
    public Optional<SnippetReport> lastReport() {
        var stored = fixtures.results();
        // a check of a deck without snippets stores no result, yet it is the deck's last report
        if (stored.isEmpty()) return Optional.ofNullable(shared.last.get());
        var byCard = new java.util.HashMap<Long, List<StoredSnippetResult>>();
        for (var r : stored) byCard.computeIfAbsent(r.cardId(), k -> new ArrayList<>()).add(r);
        var checks = new ArrayList<SnippetCheck>();
        StoredSnippetResult latest = null;
        for (var card : knowledge.cardsWithSnippets()) {
            for (var r : byCard.getOrDefault(card.id(), List.of())) {
                if (r.index() >= card.snippets().size()) continue;
                var snippet = card.snippets().get(r.index());
                if (!snippet.code().equals(r.code())) continue;
                var status = java.util.Arrays.stream(prepdeck.snippets.Status.values()).filter(v -> v.code().equals(r.status())).findFirst();
                if (status.isEmpty()) continue;
                checks.add(new SnippetCheck(card.id(), card.prompt(), card.source(), r.index(),
                        new prepdeck.snippets.CheckResult(snippet, status.get(), r.detail(), Math.max(1, r.line()), Optional.empty())));
                if (latest == null || r.checkedAt().isAfter(latest.checkedAt())) latest = r;
            }
        }
        if (latest == null) return Optional.empty();
        var isolation = java.util.Arrays.stream(prepdeck.snippets.Isolation.values()).filter(i -> i.name().equals(
                byCard.values().stream().flatMap(List::stream).max(java.util.Comparator.comparing(StoredSnippetResult::checkedAt)).orElseThrow().isolation()))
                .findFirst().orElse(prepdeck.snippets.Isolation.GUARDS);
        return Optional.of(new SnippetReport(latest.checkedAt(), Duration.ofMillis(latest.tookMs()), checks, isolation));
    }

    /**
     * {@link #lastReport()} when it covers every snippet of the deck as it is now (a whole-deck check since the last
     * change), not only the few run one by one.
     */
    public Optional<SnippetReport> lastFullReport() {
        int snippets = knowledge.cardsWithSnippets().stream().mapToInt(c -> c.snippets().size()).sum();
        return lastReport().filter(r -> r.checks().size() >= snippets);
    }

    /** Keeps a check's results in the deck's store, where the CLI and the web read them back. */
    private void keep(List<SnippetCheck> checks, Duration took, prepdeck.snippets.Isolation isolation, java.time.Instant at) {
        fixtures.saveResults(checks.stream().map(c -> new StoredSnippetResult(c.card(), c.index(), c.result().snippet().code(),
                c.result().status().code(), c.result().detail(), c.result().line(), isolation.name(), took.toMillis(), at)).toList());
    }

    /** The card's snippets as last checked (by a whole-deck check or a run since), if they were. */
    public Optional<List<SnippetCheck>> lastCheckOf(long cardId) {
        return lastReport().map(r -> r.checks().stream().filter(c -> c.card() == cardId).toList()).filter(l -> !l.isEmpty());
    }

    /**
     * The note lines of the card's snippets whose last stored check printed something else than the notes say: a
     * reference answer that lies, to be shown with a warning wherever it is the reference (review, mock interview).
     */
    public List<Integer> differingLines(long cardId) {
        return lastCheckOf(cardId).orElse(List.of()).stream().filter(c -> c.result().status() == prepdeck.snippets.Status.DIFFERS)
                .map(c -> c.result().snippet().line()).toList();
    }

    /**
     * Runs one snippet of a card (after the card's earlier snippets, with its fixtures) and judges it.
     *
     * @param index the snippet's place among the card's snippets, from 0
     */
    public SnippetCheck run(long cardId, int index) {
        var card = card(cardId);
        requireRunnable();
        if (index < 0 || index >= card.snippets().size()) {
            throw new NotFoundException("card " + cardId + " has " + card.snippets().size() + " snippet"
                    + (card.snippets().size() == 1 ? "" : "s") + "; there is no snippet " + index + " (counted from 0)");
        }
        var task = SnippetTask.ofCard(card.snippets(), fixtures.all().getOrDefault(cardId, Map.of())).get(index);
        long start = System.nanoTime();
        var check = new SnippetCheck(card.id(), card.prompt(), card.source(), index, runner.check(task));
        shared.last.updateAndGet(r -> r == null ? null : r.replacing(check));
        keep(List.of(check), Duration.ofNanos(System.nanoTime() - start), runner.isolation(), clock.instant());
        return check;
    }

    public List<SnippetFixture> fixtures(long cardId) {
        card(cardId);
        return fixtures.ofCard(cardId);
    }

    /** Attaches a file for the card's snippets to read, replacing one of the same name. */
    public void attachFixture(long cardId, String name, String content) {
        Objects.requireNonNull(content);
        access.requireEditing("change fixtures");
        checkFixtureName(name);
        long bytes = content.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_FIXTURE_BYTES) {
            throw new InvalidInputException("fixture '" + name + "' is " + bytes + " bytes; at most " + MAX_FIXTURE_BYTES + " (1 MB) are kept");
        }
        var existing = fixtures(cardId);
        if (existing.size() >= MAX_FIXTURES_PER_CARD && existing.stream().noneMatch(f -> f.name().equals(name))) {
            throw new InvalidInputException("card " + cardId + " already has " + MAX_FIXTURES_PER_CARD + " fixtures; remove one first");
        }
        if (!fixtures.save(cardId, name, content, clock.instant())) throw new NotFoundException("no card " + cardId);
    }

    /** Removes the card's fixture of that name. */
    public void removeFixture(long cardId, String name) {
        access.requireEditing("change fixtures");
        card(cardId);
        if (!fixtures.remove(cardId, name)) throw new NotFoundException("card " + cardId + " has no fixture '" + name + "'");
    }

    /** A fixture's name must be a plain file name: the snippet opens it in its own working directory. */
    public static void checkFixtureName(String name) {
        Objects.requireNonNull(name);
        String problem = null;
        if (name.isBlank()) problem = "is empty";
        else if (name.length() > MAX_NAME_LENGTH) problem = "is longer than " + MAX_NAME_LENGTH + " characters";
        else if (name.contains("/") || name.contains("\\")) problem = "has a slash (a fixture is a file, not a path)";
        else if (name.equals(".") || name.equals("..")) problem = "names a directory";
        else if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) problem = "has a control character";
        else if (!name.equals(name.strip())) problem = "starts or ends with a space";
        if (problem != null) {
            String shown = name.length() > 60 ? name.substring(0, 60) + "…" : name;
            throw new InvalidInputException("fixture name must be a plain file name like file.txt; '" + shown.replaceAll("\\p{Cntrl}", "?") + "' " + problem);
        }
    }

    private CardView card(long cardId) {
        return knowledge.card(cardId).orElseThrow(() -> new NotFoundException("no card " + cardId));
    }

    private SnippetReport check(CardQuery query) {
        return check(knowledge.cards(query));
    }

    private SnippetReport check(List<CardView> cards) {
        long start = System.nanoTime();
        var allFixtures = fixtures.all();
        var tasks = new ArrayList<SnippetTask>();
        var where = new ArrayList<CardView>();
        var index = new ArrayList<Integer>();
        for (var card : cards) {
            var cardTasks = SnippetTask.ofCard(card.snippets(), allFixtures.getOrDefault(card.id(), Map.of()));
            for (int i = 0; i < cardTasks.size(); i++) {
                tasks.add(cardTasks.get(i));
                where.add(card);
                index.add(i);
            }
        }
        var results = tasks.isEmpty() ? List.<prepdeck.snippets.CheckResult>of() : runner.checkAll(tasks, parallelism);
        var checks = new ArrayList<SnippetCheck>(results.size());
        for (int i = 0; i < results.size(); i++) {
            var card = where.get(i);
            checks.add(new SnippetCheck(card.id(), card.prompt(), card.source(), index.get(i), results.get(i)));
        }
        var isolation = tasks.isEmpty() ? prepdeck.snippets.Isolation.GUARDS : runner.isolation();
        var report = new SnippetReport(clock.instant(), Duration.ofNanos(System.nanoTime() - start), checks, isolation);
        keep(report.checks(), report.took(), isolation, report.checkedAt());
        return report;
    }
}
