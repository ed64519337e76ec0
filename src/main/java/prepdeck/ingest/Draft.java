package prepdeck.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.CardStatus;
import prepdeck.knowledge.Diagnostic;
import prepdeck.knowledge.Language;
import prepdeck.knowledge.NoteCard;
import prepdeck.knowledge.Reference;
import prepdeck.knowledge.Snippet;
import prepdeck.knowledge.TopicPath;

/** Collects what one file yields while its extractor walks it; a fresh one per file. */
final class Draft {
    final String path;
    final Language fileLanguage;
    private final Set<TopicPath> topics = new LinkedHashSet<>();
    private final List<NoteCard> cards = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Map.Entry<TopicPath, Reference>> loose = new ArrayList<>();

    Draft(String path, Language fileLanguage) {
        this.path = path;
        this.fileLanguage = fileLanguage;
    }

    void topic(TopicPath topic) {
        for (int i = 1; i <= topic.depth(); i++) topics.add(new TopicPath(topic.titles().subList(0, i)));
    }

    /** Adds a card and returns its index, for follow-ups to point at. */
    int card(String prompt, String answer, CardKind kind, TopicPath topic, int line, OptionalInt parent,
             List<Snippet> snippets, List<Reference> references) {
        return add(prompt, "", answer, kind, topic, line, parent, snippets, references, false);
    }

    /**
     * A question asked about material shown with it ({@code stem}: its code and options), answered by {@code answer}.
     */
    int card(String prompt, String stem, String answer, CardKind kind, TopicPath topic, int line,
             List<Snippet> snippets, List<Reference> references) {
        return add(prompt, stem, answer, kind, topic, line, OptionalInt.empty(), snippets, references, false);
    }

    /** A card whose question the notes wrote out as a card ({@code Q::A}, a question bank's row): asked as written. */
    int written(String prompt, String answer, CardKind kind, TopicPath topic, int line) {
        return add(prompt, "", answer, kind, topic, line, OptionalInt.empty(), List.of(), List.of(), true);
    }

    private int add(String prompt, String stem, String answer, CardKind kind, TopicPath topic, int line, OptionalInt parent,
                    List<Snippet> snippets, List<Reference> references, boolean asWritten) {
        String p = Noise.plainPrompt(prompt);
        if (p.isBlank()) p = prompt.strip(); // a prompt that is all markup keeps its markup rather than vanish
        String a = answer.strip();
        if (Noise.placeholder(a)) a = "";
        if (a.length() > Noise.MAX_ANSWER) {
            diagnostic(line, "the answer to \"" + (p.length() > 60 ? p.substring(0, 60) + "…" : p) + "\" is " + a.length()
                    + " characters; the card keeps its first " + Noise.MAX_ANSWER);
            a = Noise.capped(a);
        }
        String st = stem.strip();
        var promptEvidence = LanguageGuess.evidence(p);
        var answerEvidence = LanguageGuess.evidence(a);
        Language language = promptEvidence.plus(answerEvidence).decide(answerEvidence.decide(fileLanguage));
        // a Cyrillic question over English code or terms is still a Russian or Ukrainian card
        if (language == Language.EN && promptEvidence.cyrillic() > 0) {
            language = promptEvidence.decide(fileLanguage == Language.EN ? Language.RU : fileLanguage);
        }
        // a heading of names with nothing under it ("select_related") is asked in the language of its notes
        if (a.isEmpty() && promptEvidence.cyrillic() == 0 && fileLanguage != Language.EN) language = fileLanguage;
        // a title is asked as a question an interviewer could put, in the card's language
        if (!asWritten) p = Asking.ask(p, a, kind, language, topic);
        for (int i = 0; i < cards.size(); i++) {
            // the same prompt and answer twice is one card (asked about the same material)
            if (cards.get(i).prompt().equals(p) && cards.get(i).stem().equals(st) && cards.get(i).answer().equals(a)) return i;
        }
        topic(topic);
        CardStatus status = a.isEmpty() ? CardStatus.GAP : CardStatus.ANSWERED;
        cards.add(new NoteCard(p, a, kind, topic, line, language, status, parent, snippets, references, List.of(), st));
        return cards.size() - 1;
    }

    /**
     * A section card whose whole text is the one definition mined from it ("GIL" over "GIL — это …") says the same
     * thing twice: the definition stays, with the section's code and links. {@code mark} is the size before mining.
     */
    void collapseRestated(int section, int mark) {
        if (section < 0 || section != mark - 1 || mark >= cards.size()) return;
        NoteCard s = cards.get(section);
        var mined = cards.subList(mark, cards.size());
        if (s.kind() != CardKind.SECTION || mined.stream().anyMatch(c -> c.answer().isEmpty())) return;
        var sectionWords = words(s.answer());
        if (sectionWords.isEmpty()) return;
        var said = new java.util.HashSet<String>();
        for (var c : mined) said.addAll(words(c.prompt() + " " + c.answer()));
        long covered = sectionWords.stream().filter(said::contains).count();
        if (covered < 0.9 * sectionWords.size()) return;
        if (mined.stream().allMatch(c -> c.kind() == CardKind.DEFINITION)) {
            // the definitions say it all: they stay, the first one with the section's code and links
            NoteCard d = mined.getFirst();
            var snippets = new ArrayList<>(d.snippets());
            for (var sn : s.snippets()) if (!snippets.contains(sn)) snippets.add(sn);
            var refs = new ArrayList<>(d.references());
            for (var r : s.references()) if (!refs.contains(r)) refs.add(r);
            cards.set(mark, new NoteCard(d.prompt(), d.answer(), d.kind(), d.topic(), d.line(), d.language(), d.status(), d.parent(), snippets, refs, d.tags(), d.stem()));
            cards.remove(section);
        } else if (mined.size() == 1 && mined.getFirst().kind() == CardKind.LIST) {
            // a section that is its lead-in list is asked about its heading, once
            cards.remove(mark);
        }
    }

    private static Set<String> words(String text) {
        var out = new java.util.HashSet<String>();
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}_]+")) if (w.length() >= 2) out.add(w);
        return out;
    }

    int card(String prompt, String answer, CardKind kind, TopicPath topic, int line) {
        return card(prompt, answer, kind, topic, line, OptionalInt.empty(), List.of(), List.of());
    }

    /** A link standing outside any card: it goes to the card of the same topic just before it (or else just after it). */
    void loose(Reference reference, TopicPath topic) {
        loose.add(Map.entry(topic, reference));
    }

    void diagnostic(int line, String message) {
        diagnostics.add(Diagnostic.at(path, line, message));
    }

    List<TopicPath> topics() {
        return List.copyOf(topics);
    }

    /** The card of {@code topic} (or, with {@code below}, of a topic under it) just before {@code line}, or else just after it. */
    private int nearest(TopicPath topic, int line, boolean below) {
        int best = -1;
        for (int i = 0; i < cards.size(); i++) {
            NoteCard c = cards.get(i);
            if (below ? !c.topic().startsWith(topic) : !c.topic().equals(topic)) continue;
            if (c.line() <= line) best = i;
            else if (best < 0) return i;
            else break;
        }
        return best;
    }

    /** The cards, with loose links attached. */
    List<NoteCard> cards() {
        if (loose.isEmpty()) return cards;
        var extra = new java.util.HashMap<Integer, List<Reference>>();
        for (var e : loose) {
            int line = e.getValue().line();
            int best = nearest(e.getKey(), line, false);
            if (best < 0) best = nearest(e.getKey(), line, true);
            if (best >= 0) extra.computeIfAbsent(best, k -> new ArrayList<>()).add(e.getValue());
        }
        var out = new ArrayList<NoteCard>(cards.size());
        for (int i = 0; i < cards.size(); i++) {
            NoteCard c = cards.get(i);
            var add = extra.get(i);
            if (add == null) { out.add(c); continue; }
            var refs = new ArrayList<>(c.references());
            for (var r : add) if (!refs.contains(r)) refs.add(r);
            out.add(c.withReferences(refs));
        }
        return out;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    int size() {
        return cards.size();
    }
}
