package prepdeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import prepdeck.ingest.NoteReader;
import prepdeck.ingest.ParseResult;
import prepdeck.knowledge.NoteCard;
import prepdeck.knowledge.ParsedSource;

/**
 * The matching judged on notes we did not write (../shared/corpus and ../shared/seeds, read by the real reader):
 * <ul>
 *   <li>edits people make — reworded prompts, edited answers, cards moved to other files, deletions,
 *       reordering, unrelated cards added — applied with a fixed seed, and every match checked against
 *       where each card really went;</li>
 *   <li>each collection's cards against every other collection's: nothing there is the same card, so every
 *       match that is not an equal card is a history moved onto a different question.</li>
 * </ul>
 * The figures are printed on stderr. Skips, saying so, when the shared notes are not there.
 */
class IdentityQualityTest {
    static final Path CORPUS = Path.of("../shared/corpus");
    static final Path SEEDS = Path.of("../shared/seeds");

    /** One collection's sources as the reader gives them, by path. */
    static Map<String, List<ParsedSource>> collections() throws IOException {
        if (!Files.isDirectory(CORPUS) || !Files.isDirectory(SEEDS)) {
            System.err.println("IdentityQualityTest SKIPPED: ../shared/corpus or ../shared/seeds is missing");
            Assumptions.abort("../shared/corpus or ../shared/seeds is missing");
        }
        var out = new LinkedHashMap<String, List<ParsedSource>>();
        var folders = new ArrayList<Path>();
        try (Stream<Path> s = Files.list(CORPUS)) {
            s.filter(Files::isDirectory).sorted().forEach(folders::add);
        }
        folders.add(SEEDS);
        var reader = new NoteReader();
        for (Path folder : folders) {
            var sources = new ArrayList<ParsedSource>();
            for (var file : reader.scan(List.of(folder)).files()) {
                if (file.relativePath().endsWith("SOURCE.txt") || file.relativePath().startsWith("LICENSE")) continue;
                if (reader.parse(file) instanceof ParseResult.Parsed p && !p.source().cards().isEmpty()) sources.add(p.source());
            }
            out.put(folder.getFileName().toString(), sources);
        }
        return out;
    }

    record Old(StoredCard stored, NoteCard card) {}

    static List<Old> stored(List<ParsedSource> sources, long firstId) {
        var out = new ArrayList<Old>();
        long id = firstId;
        for (ParsedSource s : sources) {
            List<String> identities = CardIdentity.of(s.path(), s.cards());
            for (int i = 0; i < s.cards().size(); i++) {
                NoteCard c = s.cards().get(i);
                out.add(new Old(new StoredCard(id++, identities.get(i), c.kind(), c.prompt(), c.answer(), c.status(),
                        s.path().hashCode(), s.path(), c.topic().toString()), c));
            }
        }
        return out;
    }

    static String text(String prompt, String answer) {
        return CardIdentity.normalize(prompt) + "\n" + answer.strip();
    }

    static NoteCard withText(NoteCard c, String prompt, String answer) {
        // follow-up links point into the old order; the matching does not read them
        return new NoteCard(prompt, answer, c.kind(), c.topic(), c.line(), c.language(), c.status(),
                java.util.OptionalInt.empty(), c.snippets(), c.references());
    }

    @Test
    void editsPeopleMakeKeepEachHistoryWithItsCardAndNeverMoveOneToAnotherCard() throws IOException {
        var all = collections();
        var names = new ArrayList<>(all.keySet());
        var random = new Random(12);
        int survivors = 0, kept = 0, wrong = 0, deleted = 0, wronglyRetired = 0, added = 0, addedTookHistory = 0;
        var examples = new ArrayList<String>();
        var misses = new ArrayList<String>();
        for (int n = 0; n < names.size(); n++) {
            List<Old> old = stored(all.get(names.get(n)), 1);
            if (old.isEmpty()) continue;
            var files = new LinkedHashMap<String, List<NoteCard>>();
            all.get(names.get(n)).forEach(s -> files.put(s.path(), new ArrayList<>()));
            files.put("moved/elsewhere.md", new ArrayList<>());
            var fileNames = new ArrayList<>(files.keySet());
            /** For each new card (by file and position after shuffling, keyed by identity of the object): its old id, or -1. */
            var expected = new java.util.IdentityHashMap<NoteCard, Long>();
            for (Old o : old) {
                NoteCard c = o.card();
                String prompt = c.prompt(), answer = c.answer(), file = o.stored().source();
                double roll = random.nextDouble();
                if (roll < 0.10) {
                    deleted++;
                    continue;
                } else if (roll < 0.22) {
                    prompt = reword(prompt, random);
                } else if (roll < 0.34 && !answer.isEmpty()) {
                    answer = editAnswer(answer, random);
                } else if (roll < 0.46) {
                    file = fileNames.get(random.nextInt(fileNames.size()));
                } else if (roll < 0.52) {
                    prompt = reword(prompt, random);
                    file = fileNames.get(random.nextInt(fileNames.size()));
                }
                NoteCard moved = withText(c, prompt, answer);
                expected.put(moved, o.stored().id());
                files.get(file).add(moved);
            }
            // unrelated cards from the next collection come in
            List<Old> other = stored(all.get(names.get((n + 1) % names.size())), 1);
            for (int k = 0; k < old.size() / 10 && k < other.size(); k++) {
                NoteCard extra = other.get(random.nextInt(other.size())).card();
                NoteCard copy = withText(extra, extra.prompt(), extra.answer());
                expected.put(copy, -1L);
                files.get(fileNames.get(random.nextInt(fileNames.size()))).add(copy);
                added++;
            }
            var incoming = new ArrayList<Reconciliation.Incoming>();
            files.forEach((path, cards) -> {
                java.util.Collections.shuffle(cards, random);
                incoming.add(new Reconciliation.Incoming(path, cards));
            });
            var byId = new HashMap<Long, Old>();
            old.forEach(o -> byId.put(o.stored().id(), o));

            var plan = Reconciliation.plan(old.stream().map(Old::stored).toList(), incoming);

            for (int s = 0; s < incoming.size(); s++) {
                var cards = incoming.get(s).cards();
                var continues = plan.sources().get(s).continues();
                for (int i = 0; i < cards.size(); i++) {
                    NoteCard c = cards.get(i);
                    long want = expected.get(c);
                    Optional<Long> got = continues.get(i);
                    if (want < 0) {
                        if (got.isPresent() && !sameText(byId.get(got.get()).card(), c)) {
                            addedTookHistory++;
                            if (examples.size() < 12) examples.add("added took #" + got.get() + ": '" + byId.get(got.get()).card().prompt() + "' ← '" + c.prompt() + "'");
                        }
                        continue;
                    }
                    survivors++;
                    if (got.isEmpty()) {
                        if (misses.size() < 20) misses.add("missed: '" + byId.get(want).card().prompt() + "' → '" + c.prompt() + "' ("
                                + byId.get(want).card().answer().length() + " → " + c.answer().length() + " chars)");
                        continue;
                    }
                    // two equal cards are interchangeable
                    if (got.get() == want || sameText(byId.get(got.get()).card(), byId.get(want).card())) kept++;
                    else {
                        wrong++;
                        if (examples.size() < 12) examples.add("wrong: '" + byId.get(got.get()).card().prompt() + "' ← '" + c.prompt() + "'");
                    }
                }
            }
            wronglyRetired += (int) plan.retire().stream().filter(r -> expected.containsValue(r.id())).count();
        }
        System.err.printf("IdentityQualityTest edits: %d surviving cards, %d kept their id (%.1f %%), %d took another card's id; "
                        + "%d deleted; %d retired that survived; %d unrelated cards added, %d took a history%n",
                survivors, kept, 100.0 * kept / survivors, wrong, deleted, wronglyRetired, added, addedTookHistory);
        examples.forEach(e -> System.err.println("  " + e));
        misses.forEach(e -> System.err.println("  " + e));

        assertThat(wrong + addedTookHistory).as("histories moved onto another card").isLessThanOrEqualTo(survivors / 500);
        assertThat((double) kept / survivors).as("surviving cards that kept their id").isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void cardsOfUnrelatedCollectionsDoNotTakeEachOthersHistory() throws IOException {
        var all = collections();
        int pairs = 0, matches = 0, equal = 0, cards = 0;
        var examples = new ArrayList<String>();
        for (var a : all.entrySet()) {
            List<Old> old = stored(a.getValue(), 1);
            var byId = new HashMap<Long, Old>();
            old.forEach(o -> byId.put(o.stored().id(), o));
            for (var b : all.entrySet()) {
                if (a.getKey().equals(b.getKey())) continue;
                pairs++;
                var incoming = b.getValue().stream().map(s -> new Reconciliation.Incoming("other/" + s.path(), s.cards())).toList();
                cards += incoming.stream().mapToInt(i -> i.cards().size()).sum();
                var plan = Reconciliation.plan(old.stream().map(Old::stored).toList(), incoming);
                for (var m : plan.matches()) {
                    if (sameText(byId.get(m.stored().id()).card(), m.card())) {
                        equal++;
                        continue;
                    }
                    matches++;
                    if (examples.size() < 20) examples.add(a.getKey() + " → " + b.getKey() + ": '" + m.stored().prompt()
                            + "' ← '" + m.card().prompt() + "'");
                }
            }
        }
        System.err.printf("IdentityQualityTest unrelated: %d collection pairs, %d new cards; %d matched a card with other text, %d an equal card%n",
                pairs, cards, matches, equal);
        examples.forEach(e -> System.err.println("  " + e));

        // since the structural reader, collections share questions: the pairs printed above (read 2026-12-04) are the
        // same question asked in two collections ("What is slicing in Python?" in both, "How memory is managed…" /
        // "How is memory managed…", the GIL in Russian and English), which is right to match; 1 in 500 bounds them
        assertThat(matches).as("cards that took the history of a different card").isLessThanOrEqualTo(cards / 500);
    }

    static boolean sameText(NoteCard a, NoteCard b) {
        return text(a.prompt(), a.answer()).equals(text(b.prompt(), b.answer()));
    }

    static final List<String> QUALIFIERS = List.of(" in Python", " в Python", " (коротко)", " and why", " на практике", " in practice");

    /** A reworded prompt as people reword theirs: a qualifier added, or the question mark and a word dropped. */
    static String reword(String prompt, Random random) {
        String p = prompt.strip();
        if (random.nextBoolean() || p.split("\\s+").length < 4) {
            boolean question = p.endsWith("?");
            return (question ? p.substring(0, p.length() - 1) : p) + QUALIFIERS.get(random.nextInt(QUALIFIERS.size())) + (question ? "?" : "");
        }
        String[] words = p.split("\\s+");
        int drop = 1 + random.nextInt(words.length - 1);
        var out = new ArrayList<String>();
        for (int i = 0; i < words.length; i++) if (i != drop) out.add(words[i]);
        return String.join(" ", out);
    }

    /** An answer edited: a sentence added, or its last third cut. */
    static String editAnswer(String answer, Random random) {
        if (random.nextBoolean()) return answer + "\n\nSee also the documentation for details.";
        return answer.substring(0, Math.max(1, answer.length() * 2 / 3));
    }
}
