package prepdeck.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import prepdeck.ingest.NoteReader;
import prepdeck.ingest.ParseResult;
import prepdeck.ingest.Scan;
import prepdeck.ingest.SourceFile;
import prepdeck.knowledge.Diagnostic;
import prepdeck.knowledge.NoteCard;
import prepdeck.knowledge.ParsedSource;
import prepdeck.knowledge.TopicPath;

/**
 * The "import your notes" use case: scan → skip files whose content is unchanged → parse the
 * changed ones → reconcile them with what is stored → write. The writes are one transaction, so
 * an import that fails leaves the deck as it was; a file that cannot be read is reported, not fatal.
 */
public final class ImportNotes implements NoteImport {
    private final DeckStore store;
    private final Function<List<Path>, Scan> scanner;
    private final Function<SourceFile, ParseResult> parser;
    private final Clock clock;
    private final String parserVersion;
    private final DeckAccess access;

    /**
     * @param parserVersion names the reader's extraction rules; a stored source read by another
     *                      version is read again even if its bytes did not change
     */
    public ImportNotes(DeckStore store, NoteReader reader, Clock clock, String parserVersion) {
        this(store, reader::scan, reader::parse, clock, parserVersion);
    }

    /** With the reading steps given apart: tests feed their own extraction through the real import. */
    public ImportNotes(DeckStore store, Function<List<Path>, Scan> scanner, Function<SourceFile, ParseResult> parser,
                       Clock clock, String parserVersion) {
        this(store, scanner, parser, clock, parserVersion, DeckAccess.OWNER);
    }

    private ImportNotes(DeckStore store, Function<List<Path>, Scan> scanner, Function<SourceFile, ParseResult> parser,
                        Clock clock, String parserVersion, DeckAccess access) {
        this.access = Objects.requireNonNull(access);
        this.store = Objects.requireNonNull(store);
        this.scanner = Objects.requireNonNull(scanner);
        this.parser = Objects.requireNonNull(parser);
        this.clock = Objects.requireNonNull(clock);
        this.parserVersion = Objects.requireNonNull(parserVersion);
    }

    /** The same import for a principal with this access: a learner's import is refused before anything is read. */
    public ImportNotes guardedBy(DeckAccess access) {
        return new ImportNotes(store, scanner, parser, clock, parserVersion, access);
    }

    @Override
    public void requireAllowed() {
        access.requireEditing("import notes");
    }

    @Override
    public ImportReport importPaths(List<Path> paths, ImportProgress progress) {
        return run(paths, progress);
    }

    public ImportReport run(List<Path> paths, ImportProgress progress) {
        requireAllowed();
        Instant started = clock.instant();
        Scan scan = scanner.apply(paths);
        return store.write(tx -> {
            Prepared prepared = prepare(tx, paths, scan);
            return new Run(tx, clock.instant()).apply(prepared, paths, progress, started);
        });
    }

    /** Where the deck's notes were imported from (for a server that re-imports them when they change). */
    public ImportedPlaces importedPlaces() {
        return store.read(r -> ImportedPlaces.of(r.sources().values()));
    }

    /** The deck's change number: it moves when an import reads a source again or finds one gone. */
    public long changeVersion() {
        return store.read(StoreReader::latestChange);
    }

    /**
     * What {@link #run} would do with these paths now, read the same way and planned by the same code, with
     * nothing written.
     */
    public ImportReport dryRun(List<Path> paths) {
        requireAllowed();
        Scan scan = scanner.apply(paths);
        return store.read(reader -> prepare(reader, paths, scan).report());
    }

    /** An import worked out in full before anything is written: the same for a run and a dry run. */
    private record Prepared(List<SourceFile> changed, List<ParseResult> parsed, Map<String, String> roots,
                            Map<String, StoredSource> stored, List<StoredSource> gone, Reconciliation.Plan plan,
                            int rejected, ImportReport report) {}

    private Prepared prepare(StoreReader tx, List<Path> paths, Scan scan) {
        Map<String, StoredSource> stored = tx.sources();
        var changed = new ArrayList<SourceFile>();
        var reports = new ArrayList<ImportReport.SourceReport>();
        for (Diagnostic problem : scan.problems()) reports.add(rejected(problem));
        var seen = new HashMap<String, String>();
        int unchanged = 0, rejected = scan.problems().size();
        for (SourceFile file : scan.files()) {
            String root = rootOf(file);
            String first = seen.putIfAbsent(file.relativePath(), root);
            if (first != null) {
                // sources are known by their path below the imported folder, so two folders cannot both have one
                reports.add(rejected(Diagnostic.of(file.relativePath(), "also found under " + first + "; only that one was imported")));
                rejected++;
                continue;
            }
            StoredSource s = stored.get(file.relativePath());
            if (s != null && !s.removed() && s.root().equals(root) && s.contentHash().equals(file.sha256())
                    && s.parserVersion().equals(parserVersion)) unchanged++;
            else changed.add(file);
        }
        // parsing is pure and per file, so the changed files are parsed side by side
        List<ParseResult> parsed = changed.parallelStream().map(parser).toList();

        var topicsTouched = new LinkedHashSet<String>();
        var incoming = new ArrayList<Reconciliation.Incoming>();
        var poolSources = new LinkedHashSet<Long>();
        int sources = 0, cards = 0, gaps = 0, snippets = 0;
        for (ParseResult result : parsed) {
            switch (result) {
                case ParseResult.Rejected r -> {
                    reports.add(rejected(r.reason()));
                    rejected++;
                }
                case ParseResult.Parsed p -> {
                    ParsedSource source = p.source();
                    var report = report(source);
                    reports.add(report);
                    sources++;
                    cards += report.cards();
                    gaps += report.gaps();
                    snippets += report.snippets();
                    source.topics().forEach(t -> topicsTouched.add(t.toString()));
                    source.cards().forEach(c -> { if (!c.topic().isRoot()) topicsTouched.add(c.topic().toString()); });
                    incoming.add(new Reconciliation.Incoming(source.path(), source.cards()));
                    StoredSource before = stored.get(source.path());
                    if (before != null) poolSources.add(before.id());
                }
            }
        }
        List<StoredSource> gone = goneFromTheirFolders(paths, scan, stored);
        // a card may move to any file this import reads, from any file it reads or finds gone
        gone.forEach(g -> poolSources.add(g.id()));
        List<StoredCard> pool = poolSources.isEmpty() ? List.of() : tx.cardsOfSources(poolSources);
        var plan = Reconciliation.plan(pool, incoming);

        var totals = new ImportReport.Totals(sources, topicsTouched.size(), cards, gaps, snippets, plan.retire().size(), unchanged);
        var report = new ImportReport(reports, totals, changes(tx, plan), scan.skipped());
        return new Prepared(changed, parsed, seen, stored, gone, plan, rejected, report);
    }

    /** The cards behind the totals: new, changed, retired (named, with their reviews) and kept across an edit. */
    private static ImportReport.Changes changes(StoreReader tx, Reconciliation.Plan plan) {
        int continued = 0, changedCards = 0;
        var kept = new ArrayList<Reconciliation.Match>();
        for (Reconciliation.Match m : plan.matches()) {
            continued++;
            StoredCard s = m.stored();
            NoteCard c = m.card();
            boolean movedFile = !s.source().equals(m.source());
            boolean reworded = !CardIdentity.normalize(s.prompt()).equals(CardIdentity.normalize(c.prompt()));
            if (movedFile || reworded) kept.add(m);
            if (movedFile || !s.prompt().equals(c.prompt()) || !s.answer().equals(c.answer()) || s.kind() != c.kind()
                    || s.status() != c.status() || !s.topic().equals(c.topic().toString())) changedCards++;
        }
        int total = plan.sources().stream().mapToInt(p -> p.identities().size()).sum();
        var named = new ArrayList<Long>();
        plan.retire().forEach(s -> named.add(s.id()));
        kept.forEach(m -> named.add(m.stored().id()));
        Map<Long, Integer> reviews = named.isEmpty() ? Map.of() : tx.reviewCounts(named);
        var retired = plan.retire().stream()
                .map(s -> new ImportReport.Retired(s.id(), s.prompt(), s.source(), reviews.getOrDefault(s.id(), 0)))
                .toList();
        var keptCards = kept.stream()
                .map(m -> new ImportReport.Kept(m.stored().id(), m.stored().source(), m.stored().prompt(), m.source(),
                        m.card().prompt(), reviews.getOrDefault(m.stored().id(), 0)))
                .toList();
        return new ImportReport.Changes(total - continued, changedCards, retired, keptCards);
    }

    /** The state of one import inside its transaction. */
    private final class Run {
        private final StoreTransaction tx;
        private final Instant now;
        /** The deck's topics by path, loaded when the first changed source needs them. */
        private Map<String, Long> topicIds;
        private int nextTopicPosition;

        Run(StoreTransaction tx, Instant now) {
            this.tx = tx;
            this.now = now;
        }

        ImportReport apply(Prepared p, List<Path> paths, ImportProgress progress, Instant started) {
            var plans = new HashMap<String, Reconciliation.SourcePlan>();
            p.plan().sources().forEach(s -> plans.put(s.source(), s));
            // identities that change are moved out of the way first, so no two cards ever hold one
            tx.renameCards(p.plan().renames());
            var retireBySource = new HashMap<Long, List<Long>>();
            p.plan().retire().forEach(s -> retireBySource.computeIfAbsent(s.sourceId(), k -> new ArrayList<>()).add(s.id()));
            for (int i = 0; i < p.parsed().size(); i++) {
                if (p.parsed().get(i) instanceof ParseResult.Parsed parsed) {
                    ParsedSource source = parsed.source();
                    long sourceId = writeSource(source, p.roots().get(p.changed().get(i).relativePath()), plans.get(source.path()));
                    tx.retireCards(retireBySource.getOrDefault(sourceId, List.of()), now);
                }
                progress.advanced(i + 1, p.parsed().size(), p.changed().get(i).relativePath());
            }
            // after the sources read, so that cards that moved out of a gone file have left it
            for (StoredSource gone : p.gone()) tx.removeSource(gone.id(), now);
            if (!p.parsed().isEmpty() || !p.gone().isEmpty()) tx.removeOrphanTopics();

            ImportReport report = p.report();
            tx.recordImport(new ImportRecord(started, clock.instant(), paths.stream().map(Path::toString).toList(),
                    report.totals(), p.rejected(), report.diagnostics().size()));
            return report;
        }

        /** Writes one parsed source over what was stored for it, as planned; returns its id. */
        private long writeSource(ParsedSource source, String root, Reconciliation.SourcePlan plan) {
            long sourceId = tx.saveSource(new SourceWrite(source.path(), root, source.contentHash(), parserVersion,
                    source.format(), source.language()), now);

            Set<Long> declared = new LinkedHashSet<>();
            for (TopicPath t : source.topics()) topicId(t).ifPresent(declared::add);
            for (NoteCard c : source.cards()) topicId(c.topic()).ifPresent(declared::add);
            tx.linkSourceTopics(sourceId, declared);

            var writes = new ArrayList<CardWrite>(source.cards().size());
            for (int i = 0; i < source.cards().size(); i++) {
                NoteCard card = source.cards().get(i);
                writes.add(new CardWrite(plan.continues().get(i), plan.identities().get(i), card, topicId(card.topic())));
            }
            List<Long> ids = tx.saveCards(sourceId, writes, now);
            tx.replaceAttachments(sourceId, ids, source.cards());
            return sourceId;
        }

        /** The topic's id, creating it and its ancestors on first sight; empty for the root. */
        private Optional<Long> topicId(TopicPath path) {
            if (path.isRoot()) return Optional.empty();
            if (topicIds == null) {
                topicIds = new HashMap<>();
                for (TopicRow t : tx.topics()) {
                    topicIds.put(t.path(), t.id());
                    nextTopicPosition = Math.max(nextTopicPosition, t.position() + 1);
                }
            }
            Long known = topicIds.get(path.toString());
            if (known != null) return Optional.of(known);
            Optional<Long> parent = topicId(path.parent());
            long id = tx.insertTopic(parent, path.title(), path.toString(), nextTopicPosition++);
            topicIds.put(path.toString(), id);
            return Optional.of(id);
        }
    }

    /**
     * Stored sources that lived under a folder imported now but were not found in it: the file was deleted
     * or moved. A file that is there but could not be read does not count as gone.
     */
    private static List<StoredSource> goneFromTheirFolders(List<Path> paths, Scan scan, Map<String, StoredSource> stored) {
        var folders = new HashSet<String>();
        for (Path p : paths) if (Files.isDirectory(p)) folders.add(p.toAbsolutePath().normalize().toString());
        if (folders.isEmpty()) return List.of();
        var present = new HashSet<String>();
        scan.files().forEach(f -> present.add(f.relativePath()));
        scan.problems().forEach(d -> present.add(d.path()));
        return stored.values().stream()
                .filter(s -> !s.removed() && folders.contains(s.root()) && !present.contains(s.path()))
                .sorted(java.util.Comparator.comparing(StoredSource::path))
                .toList();
    }

    /** The folder a scanned file was found under: its absolute path less its relative path. */
    static String rootOf(SourceFile file) {
        Path root = file.file().toAbsolutePath().normalize();
        int depth = file.relativePath().split("/").length;
        for (int i = 0; i < depth && root.getParent() != null; i++) root = root.getParent();
        return root.toString();
    }

    private static ImportReport.SourceReport rejected(Diagnostic reason) {
        return new ImportReport.SourceReport(reason.path(), null, null, 0, 0, 0, 0, List.of(reason));
    }

    private static ImportReport.SourceReport report(ParsedSource s) {
        int gaps = (int) s.gapCount();
        return new ImportReport.SourceReport(s.path(), s.format().code(), s.language().code(), s.topics().size(),
                s.cards().size() - gaps, gaps, (int) s.snippetCount(), s.diagnostics());
    }
}
