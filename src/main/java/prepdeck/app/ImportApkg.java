package prepdeck.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import prepdeck.exchange.AnkiContent;
import prepdeck.exchange.AnkiExport;
import prepdeck.exchange.ApkgArchive;
import prepdeck.exchange.HtmlText;
import prepdeck.ingest.ParseResult;
import prepdeck.ingest.Scan;
import prepdeck.ingest.SourceFile;
import prepdeck.ingest.TextLanguage;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.CardStatus;
import prepdeck.knowledge.Language;
import prepdeck.knowledge.NoteCard;
import prepdeck.knowledge.ParsedSource;
import prepdeck.knowledge.SourceFormat;
import prepdeck.knowledge.TopicPath;

/**
 * Brings an Anki package ({@code .apkg}, {@code .colpkg}) in as one source of the deck, named after the
 * file: each note becomes a card (first field the prompt, second the answer, as text), each deck a topic
 * ({@code A::B} becomes {@code A / B}), and the review log is added to the history through
 * {@link Practice#recordHistory}. The cards go through the normal import (one transaction: all of the
 * package or nothing; importing it again updates the same cards); the history follows in a second one,
 * and each Anki review (known by its card and revlog ids) is added once however often it is imported.
 */
public final class ImportApkg {
    /** Bumped when what a package becomes changes, so an unchanged package is read again. */
    public static final String READER_VERSION = "anki-1";

    private final DeckStore store;
    private final Knowledge knowledge;
    private final Practice practice;
    private final AnkiCollectionReader reader;
    private final Clock clock;
    private final ApkgArchive.Limits limits;
    private final Optional<ApkgArchive.Zstd> zstd;
    private final Path scratch;
    private final Path media;
    private final DeckAccess access;

    /**
     * @param zstd    inflates the modern layout ({@code collection.anki21b}); without it such packages are refused
     * @param scratch a folder inside the data folder where a package's collection is extracted (into a fresh
     *                subfolder, removed afterwards), so an import writes nothing outside the data folder
     * @param media   the deck's folder of media inside the data folder: a package's images and sounds are kept in a
     *                subfolder named after the package, where the cards that show them name them
     */
    public ImportApkg(DeckStore store, Knowledge knowledge, Practice practice, AnkiCollectionReader reader, Clock clock, ApkgArchive.Limits limits,
                      Optional<ApkgArchive.Zstd> zstd, Path scratch, Path media) {
        this(store, knowledge, practice, reader, clock, limits, zstd, scratch, media, DeckAccess.OWNER);
    }

    private ImportApkg(DeckStore store, Knowledge knowledge, Practice practice, AnkiCollectionReader reader, Clock clock,
                       ApkgArchive.Limits limits, Optional<ApkgArchive.Zstd> zstd, Path scratch, Path media, DeckAccess access) {
        this.media = java.util.Objects.requireNonNull(media);
        this.access = java.util.Objects.requireNonNull(access);
        this.store = store;
        this.knowledge = knowledge;
        this.practice = practice;
        this.reader = reader;
        this.clock = clock;
        this.limits = limits;
        this.zstd = zstd;
        this.scratch = scratch;
    }

    /** Refuses the import to a principal who may not change the deck's notes (a learner). */
    public ImportApkg guardedBy(DeckAccess access) {
        return new ImportApkg(store, knowledge, practice, reader, clock, limits, zstd, scratch, media, access);
    }

    /**
     * What an Anki import did: the usual import report for the package's source, the answers added to the history,
     * and how many of its notes were this deck's own cards (exported by prepdeck, known by their GUIDs), left as they are.
     */
    public record Result(ImportReport report, int reviewsAdded, int ownCards, List<String> mediaKept, Path mediaFolder) {
        public Result {
            mediaKept = List.copyOf(mediaKept);
        }
    }

    /** Whether {@code path} names an Anki package, by its extension. */
    public static boolean isPackage(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".apkg") || name.endsWith(".colpkg");
    }

    /** @throws InvalidInputException a missing, unsafe, oversized or unreadable package (the message names it) */
    public Result run(Path apkg, ImportProgress progress) {
        access.requireEditing("import Anki packages");
        String name = apkg.getFileName().toString();
        if (!Files.isRegularFile(apkg)) throw new InvalidInputException(apkg + ": no such file");
        AnkiContent content;
        String sha;
        Path mediaFolder = media.resolve(name);
        List<String> mediaKept;
        Path temp = null;
        try {
            sha = sha256(apkg);
            Files.createDirectories(scratch);
            temp = Files.createTempDirectory(scratch, "anki-");
            Path collection = ApkgArchive.extractCollection(apkg, temp, limits, zstd);
            content = reader.read(collection, name);
            mediaKept = ApkgArchive.extractMedia(apkg, mediaFolder, limits, zstd);
        } catch (ApkgArchive.BadPackageException e) {
            throw new InvalidInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new InvalidInputException(name + ": cannot be read: " + e.getMessage(), e);
        } finally {
            if (temp != null) deleteTree(temp);
        }
        // our own export coming back: its notes are our cards (their text lives in the notes files), not new ones
        Map<Long, Long> own = ownCards(content);
        var foreign = new AnkiContent(content.cards().stream().filter(c -> !own.containsKey(c.id())).toList(),
                content.reviews().stream().filter(r -> !own.containsKey(r.cardId())).toList());
        ImportReport report;
        Map<Long, Integer> lines;
        if (foreign.cards().isEmpty() && !own.isEmpty()) {
            report = new ImportReport(List.of(), new ImportReport.Totals(0, 0, 0, 0, 0, 0, 0));
            lines = Map.of();
        } else {
            var source = source(name, sha, foreign);
            var file = new SourceFile(name, apkg.toAbsolutePath(), new byte[0], sha); // its content is read above, not by a parser
            Function<List<Path>, Scan> scanner = paths -> new Scan(List.of(file), List.of());
            Function<SourceFile, ParseResult> parser = f -> new ParseResult.Parsed(source.parsed());
            report = new ImportNotes(store, scanner, parser, clock, READER_VERSION).run(List.of(apkg), progress);
            lines = source.lineOfAnkiCard();
        }
        return new Result(report, addHistory(name, lines, foreign.reviews(), own, content.reviews()), own.size(), mediaKept, mediaFolder);
    }

    /**
     * The package's notes that are this deck's own live cards: a GUID of ours ({@link AnkiExport#guid}) naming a card
     * that is here, from the source the note's Source field names (so an export from another deck whose ids happen to
     * be taken here is not mistaken for ours). Anki card id → our card id.
     */
    private Map<Long, Long> ownCards(AnkiContent content) {
        Map<Long, CardView> live = new HashMap<>();
        Map<Long, Long> own = new HashMap<>();
        for (var card : content.cards()) {
            var ours = AnkiExport.cardOfGuid(card.guid());
            if (ours.isEmpty()) continue;
            if (live.isEmpty()) for (CardView c : knowledge.cards(CardQuery.ALL)) live.put(c.id(), c);
            CardView view = live.get(ours.getAsLong());
            if (view == null || card.fields().size() <= AnkiExport.SOURCE_FIELD) continue;
            String from = HtmlText.toText(card.fields().get(AnkiExport.SOURCE_FIELD)).strip();
            if (from.equals(view.source()) || from.startsWith(view.source() + ":")) own.put(card.id(), view.id());
        }
        return own;
    }

    /** {@code {{c1::text}}} or {@code {{c1::text::hint}}}. */
    private static final java.util.regex.Pattern CLOZE = java.util.regex.Pattern.compile("\\{\\{c(\\d+)::(.*?)(?:::(.*?))?}}", java.util.regex.Pattern.DOTALL);

    private static final java.util.regex.Pattern IMAGE = java.util.regex.Pattern.compile(
            "<img\\b[^>]*?\\bsrc\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))[^>]*>", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** An image becomes the text {@code [image: file]}, naming the file kept from the package's media (as {@code [sound:file]} names a sound). */
    static String images(String html) {
        return IMAGE.matcher(html).replaceAll(m -> {
            String file = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            return java.util.regex.Matcher.quoteReplacement("[image: " + file + "]");
        });
    }

    private record Built(ParsedSource parsed, Map<Long, Integer> lineOfAnkiCard) {}

    private static Built source(String name, String sha, AnkiContent content) {
        var topics = new LinkedHashSet<TopicPath>();
        var cards = new ArrayList<NoteCard>();
        var lines = new HashMap<Long, Integer>();
        var languages = new HashMap<Language, Integer>();
        for (var card : content.cards()) {
            String front = card.frontHtml();
            String stem = "";
            int stemAt = front.indexOf(AnkiExport.STEM_OPEN);
            if (stemAt >= 0 && front.endsWith(AnkiExport.STEM_CLOSE)) {
                // our export's front: the prompt, then the stem (the code and options the question is about)
                stem = HtmlText.toText(images(front.substring(stemAt + AnkiExport.STEM_OPEN.length(), front.length() - AnkiExport.STEM_CLOSE.length())));
                front = front.substring(0, stemAt);
            }
            String prompt = HtmlText.toText(images(front));
            if (prompt.isBlank()) continue;
            String answer = HtmlText.toText(images(card.backHtml()));
            if (CLOZE.matcher(prompt).find()) { // a cloze note: ask with the deletions hidden, answer with them shown
                String shown = CLOZE.matcher(prompt).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(2)));
                answer = answer.isBlank() ? shown : shown + "\n\n" + answer;
                prompt = CLOZE.matcher(prompt).replaceAll(m -> m.group(3) != null ? "[" + java.util.regex.Matcher.quoteReplacement(m.group(3)) + "]" : "[…]");
            }
            var titles = java.util.Arrays.stream(card.deck().split("::")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            var topic = new TopicPath(titles);
            for (int depth = 1; depth <= titles.size(); depth++) topics.add(new TopicPath(titles.subList(0, depth)));
            Language language = TextLanguage.guess(prompt + "\n" + stem + "\n" + answer);
            languages.merge(language, 1, Integer::sum);
            int line = cards.size() + 1;
            // a note of our own export (from another deck) carries our deck, kind and language tags: not its own
            boolean ours = AnkiExport.cardOfGuid(card.guid()).isPresent();
            var tags = card.tags().stream().filter(t -> !(ours && AnkiExport.isOurTag(t))).distinct().toList();
            cards.add(new NoteCard(prompt, answer, CardKind.QUESTION, topic, line, language,
                    answer.isBlank() ? CardStatus.GAP : CardStatus.ANSWERED, OptionalInt.empty(), List.of(), List.of(), tags, stem));
            lines.put(card.id(), line);
        }
        Language main = languages.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(Language.EN);
        return new Built(new ParsedSource(name, sha, SourceFormat.ANKI, main, List.copyOf(topics), cards, List.of()), lines);
    }

    /**
     * Adds the package's answers to the history, each once however often it is imported. An own card's answers up to
     * its latest answer here are the ones the export wrote from this history: only those after it (practice done in
     * Anki since) are added.
     */
    private int addHistory(String name, Map<Long, Integer> lineOfAnkiCard, List<AnkiContent.Review> reviews,
                           Map<Long, Long> own, List<AnkiContent.Review> all) {
        Map<Integer, Long> idByLine = new HashMap<>();
        if (!lineOfAnkiCard.isEmpty()) {
            for (var c : knowledge.cards(new CardQuery(Optional.of(name), Optional.empty(), false))) {
                if (c.status() == CardStatus.ANSWERED) idByLine.put(c.line(), c.id());
            }
        }
        var candidates = new ArrayList<PastReview>();
        for (var r : reviews) {
            if (r.ease() < 1 || r.ease() > 4 || r.type() == 4) continue; // manual reschedules carry no answer
            Integer line = lineOfAnkiCard.get(r.cardId());
            Long cardId = line == null ? null : idByLine.get(line);
            if (cardId == null) continue;
            candidates.add(new PastReview(cardId, r.at(), r.ease(), Math.min(r.timeMs(), 3_600_000), "anki:" + r.cardId() + ":" + r.id()));
        }
        if (!own.isEmpty()) {
            Map<Long, java.time.Instant> latest = new HashMap<>();
            for (LoggedAnswer a : store.read(StoreReader::liveAnswers)) latest.merge(a.cardId(), a.at(), (x, y) -> x.isAfter(y) ? x : y);
            for (var r : all) {
                Long cardId = own.get(r.cardId());
                if (cardId == null || r.ease() < 1 || r.ease() > 4 || r.type() == 4) continue;
                // the export's revlog ids are the answers' times, nudged a few ms apart where two share one
                var known = latest.get(cardId);
                if (known != null && !r.at().isAfter(known.plusSeconds(1))) continue;
                candidates.add(new PastReview(cardId, r.at(), r.ease(), Math.min(r.timeMs(), 3_600_000), "anki:" + r.cardId() + ":" + r.id()));
            }
        }
        var fresh = store.read(tx -> candidates.stream().filter(p -> tx.reviewByKey(p.idempotencyKey()).isEmpty()).toList());
        return fresh.isEmpty() ? 0 : practice.recordHistory(fresh);
    }

    /** The package's SHA-256, read in a stream: packages with media can be large. */
    private static String sha256(Path file) throws IOException {
        try (var in = new java.security.DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path folder) {
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // left for the OS to clean; nothing of it is in the data folder
        }
    }
}
