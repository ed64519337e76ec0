package prepdeck.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
        String p = prompt.strip();
        String a = answer.strip();
        topic(topic);
        Language language = LanguageGuess.of(p + "\n" + a, LanguageGuess.of(a, fileLanguage));
        // a Cyrillic question over English code or terms is still a Russian or Ukrainian card
        if (language == Language.EN && p.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
            language = LanguageGuess.of(p, fileLanguage == Language.EN ? Language.RU : fileLanguage);
        }
        CardStatus status = a.isEmpty() ? CardStatus.GAP : CardStatus.ANSWERED;
        cards.add(new NoteCard(p, a, kind, topic, line, language, status, parent, snippets, references));
        return cards.size() - 1;
    }

    int card(String prompt, String answer, CardKind kind, TopicPath topic, int line) {
        return card(prompt, answer, kind, topic, line, OptionalInt.empty(), List.of(), List.of());
    }

    void diagnostic(int line, String message) {
        diagnostics.add(Diagnostic.at(path, line, message));
    }

    List<TopicPath> topics() {
        return List.copyOf(topics);
    }

    List<NoteCard> cards() {
        return cards;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    int size() {
        return cards.size();
    }
}
