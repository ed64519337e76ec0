package prepdeck.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A card as extracted from one source file, before it has an id in a store.
 *
 * @param prompt     the question side
 * @param answer     the answer side as Markdown; empty for a gap
 * @param kind       what shape of note it came from
 * @param topic      where it sits in the topic tree
 * @param line       1-based line of the prompt in the source
 * @param language   the card's own language (a file can mix them)
 * @param status     {@link CardStatus#ANSWERED} or {@link CardStatus#GAP}; never retired at extraction
 * @param parent     index (in the same source's card list) of the main question this is a follow-up of
 * @param snippets   code attached to this card
 * @param references links and time codes attached to this card
 * @param tags       labels the source gives the card (an Anki note's tags), in its order
 * @param stem       what the question is about, shown on the front under the prompt as Markdown (a question's code
 *                   and its options when the prompt alone, "Що буде в консолі?", asks nothing); empty for most cards
 */
public record NoteCard(String prompt, String answer, CardKind kind, TopicPath topic, int line, Language language,
                       CardStatus status, OptionalInt parent, List<Snippet> snippets, List<Reference> references, List<String> tags,
                       String stem) {
    public NoteCard {
        Objects.requireNonNull(prompt);
        Objects.requireNonNull(answer);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(topic);
        Objects.requireNonNull(language);
        Objects.requireNonNull(status);
        Objects.requireNonNull(parent);
        Objects.requireNonNull(stem);
        stem = stem.strip();
        snippets = List.copyOf(snippets);
        references = List.copyOf(references);
        tags = List.copyOf(tags);
        if (prompt.isBlank()) throw new IllegalArgumentException("card at line " + line + " has a blank prompt");
        if (line < 1) throw new IllegalArgumentException("card line must be 1-based, got " + line);
        if (status == CardStatus.RETIRED) throw new IllegalArgumentException("an extracted card cannot be retired");
    }

    /** A card without a stem. */
    public NoteCard(String prompt, String answer, CardKind kind, TopicPath topic, int line, Language language,
                    CardStatus status, OptionalInt parent, List<Snippet> snippets, List<Reference> references, List<String> tags) {
        this(prompt, answer, kind, topic, line, language, status, parent, snippets, references, tags, "");
    }

    /** A card without tags (notes files have none) and without a stem. */
    public NoteCard(String prompt, String answer, CardKind kind, TopicPath topic, int line, Language language,
                    CardStatus status, OptionalInt parent, List<Snippet> snippets, List<Reference> references) {
        this(prompt, answer, kind, topic, line, language, status, parent, snippets, references, List.of(), "");
    }

    /** The same card with another stem. */
    public NoteCard withStem(String newStem) {
        return new NoteCard(prompt, answer, kind, topic, line, language, status, parent, snippets, references, tags, newStem);
    }

    /** The same card with other references. */
    public NoteCard withReferences(List<Reference> newReferences) {
        return new NoteCard(prompt, answer, kind, topic, line, language, status, parent, snippets, newReferences, tags, stem);
    }

    public boolean hasStem() {
        return !stem.isEmpty();
    }

    public boolean isGap() {
        return status == CardStatus.GAP;
    }
}
