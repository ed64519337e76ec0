package prepdeck.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import prepdeck.app.CardView;
import prepdeck.ingest.NoteReader;
import prepdeck.ingest.ParseResult;
import prepdeck.knowledge.NoteCard;

/** The seed notes as the importer reads them, as stored cards with ids given by position (from 1). */
final class SeedCards {
    static final Path SEEDS = Path.of("..", "shared", "seeds");

    private SeedCards() {}

    static List<CardView> load() {
        return load(List.of(SEEDS));
    }

    /** Every card of the notes under {@code roots}, read by the real reader, numbered from 1 in reading order. */
    static List<CardView> load(List<Path> roots) {
        var reader = new NoteReader();
        var cards = new ArrayList<CardView>();
        for (var file : reader.scan(roots).files()) {
            if (!(reader.parse(file) instanceof ParseResult.Parsed parsed)) throw new AssertionError("note rejected: " + file);
            var source = parsed.source();
            long first = cards.size() + 1;
            for (NoteCard c : source.cards()) {
                Optional<Long> parent = c.parent().isPresent() ? Optional.of(first + c.parent().getAsInt()) : Optional.empty();
                cards.add(new CardView(cards.size() + 1, c.prompt(), c.answer(), c.kind(), c.topic().toString(), source.path(),
                        c.line(), c.language(), c.status(), parent, List.of(), c.snippets(), c.references()));
            }
        }
        return List.copyOf(cards);
    }
}
