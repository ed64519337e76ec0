package prepdeck.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import prepdeck.exchange.AnkiCollection;
import prepdeck.exchange.AnkiExport;
import prepdeck.exchange.ApkgPackage;
import prepdeck.exchange.ExportedCard;
import prepdeck.knowledge.CardStatus;
import prepdeck.knowledge.TopicPath;

/**
 * Exports the deck (or one topic of it) as an Anki package with the review history and the FSRS
 * state. The collection is built in a temporary folder, which is removed afterwards; nothing else is
 * written but the package itself.
 */
public final class ExportApkg {
    private final DeckStore store;
    private final Knowledge knowledge;
    private final AnkiCollectionWriter writer;
    private final UnaryOperator<String> markdownToHtml;
    private final Clock clock;
    private final Path media;

    /**
     * @param markdownToHtml renders a card's Markdown as the web pages show it (sanitized HTML)
     * @param media          the deck's media folder, where an Anki import kept its packages' images ({@link ImportApkg})
     */
    public ExportApkg(DeckStore store, Knowledge knowledge, AnkiCollectionWriter writer, UnaryOperator<String> markdownToHtml, Clock clock,
                      Path media) {
        this.media = java.util.Objects.requireNonNull(media);
        this.store = store;
        this.knowledge = knowledge;
        this.writer = writer;
        this.markdownToHtml = markdownToHtml;
        this.clock = clock;
    }

    /** What was exported. */
    public record Result(Path file, int notes, int decks, int reviews) {}

    /**
     * @param topic a topic path (" / "-joined): only it and its subtopics
     * @throws NotFoundException      an unknown topic
     * @throws InvalidInputException the package cannot be written there
     */
    public Result export(Path out, Optional<String> topic) {
        if (topic.isPresent() && knowledge.topics().stream().noneMatch(t -> t.path().equals(topic.get()))) {
            throw new NotFoundException("no topic " + topic.get());
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) throw new InvalidInputException("no folder to write " + out + " into");
        if (Files.isDirectory(out)) throw new InvalidInputException(out + " is a folder");
        var cards = knowledge.cards(new CardQuery(Optional.empty(), topic, false)).stream()
                .filter(c -> c.status() == CardStatus.ANSWERED).sorted(Comparator.comparingLong(CardView::id)).toList();
        var ids = cards.stream().map(CardView::id).toList();
        record History(List<LoggedAnswer> answers, List<CardStateRow> states, Map<Long, java.time.Instant> updated) {}
        var history = store.read(r -> new History(r.liveAnswers(), r.cardStates(ids), r.cardsUpdatedAt()));
        Map<Long, List<ExportedCard.Answer>> answers = new HashMap<>();
        for (var a : history.answers()) answers.computeIfAbsent(a.cardId(), k -> new ArrayList<>()).add(new ExportedCard.Answer(a.at(), a.rating(), a.durationMs()));
        answers.values().forEach(list -> list.sort(Comparator.comparing(ExportedCard.Answer::at)));
        Map<Long, CardStateRow> states = new HashMap<>();
        for (var s : history.states()) states.put(s.cardId(), s);
        var exported = new ArrayList<ExportedCard>(cards.size());
        var carried = new java.util.LinkedHashMap<String, Path>();
        for (var c : cards) {
            var state = Optional.ofNullable(states.get(c.id())).map(s ->
                    new ExportedCard.Memory(s.state(), s.stability(), s.difficulty(), s.lastReview(), s.due()));
            List<String> topicSegments = c.topic().isEmpty() ? List.of() : List.of(c.topic().split(java.util.regex.Pattern.quote(TopicPath.SEPARATOR)));
            var cardAnswers = answers.getOrDefault(c.id(), List.of());
            var changed = history.updated().getOrDefault(c.id(), clock.instant());
            if (!cardAnswers.isEmpty() && cardAnswers.getLast().at().isAfter(changed)) changed = cardAnswers.getLast().at();
            // the stem (the code and options the question is about) goes on the front, under the prompt
            String front = markdownToHtml.apply(c.prompt())
                    + (c.hasStem() ? AnkiExport.STEM_OPEN + markdownToHtml.apply(c.stem()) + AnkiExport.STEM_CLOSE : "");
            exported.add(new ExportedCard(c.id(), images(c, front, carried),
                    images(c, markdownToHtml.apply(c.answer()), carried), topicSegments,
                    c.line() > 0 ? c.source() + ":" + c.line() : c.source(), c.kind().name(), c.language().name(),
                    changed, cardAnswers, state, c.tags()));
        }
        AnkiCollection collection = AnkiExport.collection(exported, clock.instant());
        Path temp = null;
        try {
            temp = Files.createTempDirectory("prepdeck-apkg");
            Path file = temp.resolve("collection.anki2");
            writer.write(collection, file);
            ApkgPackage.write(file, out, List.copyOf(carried.values()));
        } catch (IOException e) {
            throw new InvalidInputException("cannot write " + out + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) deleteTree(temp);
        }
        return new Result(out, collection.notes().size(), collection.decks().size(), collection.revlog().size());
    }

    private static final java.util.regex.Pattern IMAGE = java.util.regex.Pattern.compile("\\[image: ([^\\]<>\"]+)]");

    /**
     * A card imported from an Anki package names its images as {@code [image: FILE]} and the import kept the files: in
     * the export they are images again, and the files travel in the package. A name taken by another package's file
     * already carried, or a file no longer there, stays text.
     */
    private String images(CardView card, String html, Map<String, Path> carried) {
        if (!prepdeck.exchange.MediaList.plainName(card.source()) || !ImportApkg.isPackage(Path.of(card.source()))) return html;
        return IMAGE.matcher(html).replaceAll(m -> {
            String shown = m.group(1);
            String file = prepdeck.exchange.HtmlText.toText(shown);
            Path path = media.resolve(card.source()).resolve(file);
            if (!prepdeck.exchange.MediaList.plainName(file) || !Files.isRegularFile(path)) return java.util.regex.Matcher.quoteReplacement(m.group());
            Path already = carried.putIfAbsent(file, path);
            if (already != null && !already.equals(path)) return java.util.regex.Matcher.quoteReplacement(m.group());
            return java.util.regex.Matcher.quoteReplacement("<img src=\"" + shown + "\">");
        });
    }

    private static void deleteTree(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a temp file left behind is the OS's to clean; the export itself succeeded or already failed
        }
    }
}
