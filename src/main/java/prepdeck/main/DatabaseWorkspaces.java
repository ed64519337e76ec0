package prepdeck.main;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import prepdeck.app.CheckSnippets;
import prepdeck.app.DeckAccess;
import prepdeck.app.DeckInfo;
import prepdeck.app.DeckKnowledge;
import prepdeck.app.DeckPractice;
import prepdeck.app.DeckRole;
import prepdeck.app.ExportApkg;
import prepdeck.app.ForbiddenException;
import prepdeck.app.GroupCommit;
import prepdeck.app.ImportApkg;
import prepdeck.app.ImportNotes;
import prepdeck.app.MockInterviews;
import prepdeck.app.NotFoundException;
import prepdeck.app.Principal;
import prepdeck.app.SearchCards;
import prepdeck.app.SearchIndex;
import prepdeck.app.SnippetRunner;
import prepdeck.app.UseCases;
import prepdeck.app.Workspaces;
import prepdeck.exchange.ApkgArchive;
import prepdeck.ingest.NoteReader;
import prepdeck.review.fsrs.Parameters;
import prepdeck.review.fsrs.Scheduler;
import prepdeck.review.fsrs.SchedulerConfig;
import prepdeck.review.interview.AnswerChecker;
import prepdeck.store.SqliteAnkiCollectionReader;
import prepdeck.store.SqliteAnkiCollectionWriter;
import prepdeck.store.SqliteDatabase;
import prepdeck.store.SqliteDeckStore;

/**
 * The use cases of every (user, deck, role) of one database, built on first use and kept. What is the
 * database's is built once and shared: the scheduler, the text analysis of answer checking, the snippet
 * runner, the group commit (answers of all users share durable commits) and the Markdown renderer; what is
 * a deck's is built once per deck: its search index (one Lucene folder per deck) and its snippet checks;
 * what is a user's is theirs: practice (reviews, settings, its caches), interviews, knowledge's counts.
 *
 * <p>Single-user mode is the same thing with one principal, the local user owning the local deck.
 */
final class DatabaseWorkspaces implements Workspaces {
    /** Whose notes' code may run on this machine when a snippet is checked or run. */
    enum SnippetCode {
        /** Single-user mode: the only notes are the user's own, run on their own machine. */
        ANY_DECK,
        /**
         * A server: only the shared decks' and the admins' own decks' code runs — notes the operator put there. A
         * private deck's notes may come from anyone who signed up, and the sandbox, whatever it bounds, lets a
         * snippet read what the server's user can read: the database of every user's reviews and interviews.
         */
        OPERATORS_DECKS
    }

    /** Answers in one shared transaction at most. */
    private static final int MAX_BATCH = 512;

    private final prepdeck.store.Database database;
    private final Path dataFolder;
    private final Clock clock;
    private final Scheduler scheduler = new Scheduler(Parameters.DEFAULT, SchedulerConfig.DEFAULT.withFuzz(true));
    private final LazyTextAnalysis textAnalysis = new LazyTextAnalysis();
    private final SnippetRunner snippetRunner;
    private final GroupCommit commits;
    private final java.util.function.UnaryOperator<String> markdownToHtml = Main.markdownToHtml();
    private final long localDeck;
    private final Map<Long, Supplier<SearchIndex>> indexes = new ConcurrentHashMap<>();
    private final Map<Long, CheckSnippets> snippetChecks = new ConcurrentHashMap<>();
    private final Map<Principal, UseCases> useCases = new ConcurrentHashMap<>();
    private final SnippetCode snippetCode;

    DatabaseWorkspaces(prepdeck.store.Database database, Path dataFolder, Clock clock) {
        this(database, dataFolder, clock, SnippetCode.ANY_DECK);
    }

    DatabaseWorkspaces(prepdeck.store.Database database, Path dataFolder, Clock clock, SnippetCode snippetCode) {
        this(database, dataFolder, clock, snippetCode, false);
    }

    /**
     * @param weakSandboxAllowed whether a server runs code where snippets would see the host's files (no bubblewrap):
     *                           the admin's explicit choice ({@code PREPDECK_ALLOW_WEAK_SANDBOX=1}); single-user mode
     *                           always does, saying so
     */
    DatabaseWorkspaces(prepdeck.store.Database database, Path dataFolder, Clock clock, SnippetCode snippetCode, boolean weakSandboxAllowed) {
        this.snippetCode = java.util.Objects.requireNonNull(snippetCode);
        this.database = database;
        this.dataFolder = dataFolder;
        this.clock = clock;
        this.snippetRunner = Main.snippetRunner(clock, snippetCode == SnippetCode.OPERATORS_DECKS && !weakSandboxAllowed);
        this.commits = new GroupCommit(database, MAX_BATCH);
        this.localDeck = database.localDeck().scope().deckId();
    }

    /** The single-user principal: the local user, owner of the local deck. */
    Principal local() {
        var scope = database.localDeck().scope();
        return new Principal(scope.userId(), "local", scope.deckId(), DeckRole.OWNER);
    }

    /**
     * @throws NotFoundException  no such deck
     * @throws ForbiddenException the principal says OWNER of a deck someone else owns
     */
    @Override
    public UseCases of(Principal principal) {
        UseCases known = useCases.get(principal);
        if (known != null) return known;
        // built outside computeIfAbsent: building reads the store, and a failed build must not be kept
        UseCases built = build(principal);
        UseCases raced = useCases.putIfAbsent(principal, built);
        return raced != null ? raced : built;
    }

    private UseCases build(Principal p) {
        DeckInfo deck = database.deckInfo(p.deckId()).orElseThrow(() -> new NotFoundException("no deck " + p.deckId()));
        // the role comes from the session's membership; still, no one is the owner of a deck that neither
        // names them its creator nor lists them as an owner
        if (p.role() == DeckRole.OWNER && deck.ownerId() != p.userId() && !ownsByMembership(p)) {
            throw new ForbiddenException("user '" + p.userName() + "' does not own deck '" + deck.name() + "'");
        }
        var access = new DeckAccess(deck.name(), p.role());
        SqliteDeckStore store = database.deck(p.deckId(), p.userId());
        var knowledge = new DeckKnowledge(store);
        var practice = new DeckPractice(store, commits, store.scope(), scheduler, clock);
        var search = new SearchCards(store, knowledge, index(p.deckId())).dueFrom(practice::dueCardIds);
        var planning = new prepdeck.app.InterviewPlanning(store, knowledge, practice,
                (q, limit) -> search.search(q, limit).stream().map(prepdeck.app.SearchHit::id).toList(), clock);
        practice.planWith(planning.forPractice());
        return new UseCases(knowledge,
                new ImportNotes(store, new NoteReader(), clock, NoteReader.VERSION).guardedBy(access),
                search,
                snippetChecks.computeIfAbsent(p.deckId(), id -> deckChecks(deck)).guardedBy(access),
                practice,
                new MockInterviews(knowledge, store, store.interviews(), practice, () -> new AnswerChecker(textAnalysis), scheduler, clock,
                        new java.security.SecureRandom()),
                new ExportApkg(store, knowledge, new SqliteAnkiCollectionWriter(), markdownToHtml, clock,
                        dataFolder.resolve("media").resolve("deck-" + p.deckId())),
                new ImportApkg(store, knowledge, practice, new SqliteAnkiCollectionReader(), clock, ApkgArchive.Limits.DEFAULT,
                        Optional.of(com.github.luben.zstd.ZstdInputStream::new), dataFolder.resolve("tmp"),
                        dataFolder.resolve("media").resolve("deck-" + p.deckId())).guardedBy(access),
                planning);
    }

    private boolean ownsByMembership(Principal p) {
        return database.accounts().read(tx -> tx.memberships(p.userId())).stream()
                .anyMatch(m -> m.deckId() == p.deckId() && m.role() == DeckRole.OWNER);
    }

    /** The deck's snippet checks (their last report is the deck's), over the deck as its owner sees it. */
    private CheckSnippets deckChecks(DeckInfo deck) {
        SqliteDeckStore ownerView = database.deck(deck.id(), deck.ownerId());
        var checks = new CheckSnippets(new DeckKnowledge(ownerView), ownerView.fixtures(), snippetRunner, Runtime.getRuntime().availableProcessors(),
                clock);
        if (snippetCode == SnippetCode.ANY_DECK || operatorsDeck(deck)) return checks;
        return checks.withCodeRefused("the snippets of deck '" + deck.name() + "' do not run on this server: only the code of the shared"
                + " decks runs here (a snippet could read the server's files); run them with prepdeck on your own machine");
    }

    /** A shared deck, or one an admin created: the operator's notes. */
    private boolean operatorsDeck(DeckInfo deck) {
        return database.accounts().read(tx -> tx.sharedDecks().contains(deck.id())
                || tx.account(deck.ownerId()).map(prepdeck.app.AccountStore.AccountRow::admin).orElse(false));
    }

    /**
     * The deck's one search index, opened on first use and then shared by all its users. The local deck keeps
     * the data folder's {@code index/}, so existing data folders keep theirs; others have {@code indexes/<deck>/}.
     */
    private Supplier<SearchIndex> index(long deckId) {
        return indexes.computeIfAbsent(deckId, id -> {
            Path folder = id == localDeck ? dataFolder.resolve("index") : dataFolder.resolve("indexes").resolve(Long.toString(id));
            var opened = new java.util.concurrent.atomic.AtomicReference<SearchIndex>();
            return () -> {
                synchronized (opened) {
                    if (opened.get() == null) opened.set(Main.openIndex(folder));
                    return opened.get();
                }
            };
        });
    }
}
