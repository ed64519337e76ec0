package prepdeck.app;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.CardStatus;
import prepdeck.knowledge.Language;
import prepdeck.knowledge.Reference;
import prepdeck.knowledge.Snippet;

/**
 * A stored card as the CLI, API and pages show it.
 *
 * @param topic     the topic path joined by " / "
 * @param source    the file's path relative to the root it was imported from
 * @param parent    the main question of a follow-up
 * @param followUps ids of this card's follow-ups, in order
 * @param tags      its labels (an Anki note's tags), in order
 * @param stem      what the question is about (its code and options, as Markdown), shown under the prompt; often empty
 */
public record CardView(long id, String prompt, String answer, CardKind kind, String topic, String source, int line,
                       Language language, CardStatus status, Optional<Long> parent, List<Long> followUps,
                       List<Snippet> snippets, List<Reference> references, List<String> tags,
                       String stem) {
    public CardView {
        Objects.requireNonNull(prompt);
        Objects.requireNonNull(answer);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(topic);
        Objects.requireNonNull(source);
        Objects.requireNonNull(language);
        Objects.requireNonNull(status);
        Objects.requireNonNull(parent);
        Objects.requireNonNull(stem);
        followUps = List.copyOf(followUps);
        snippets = List.copyOf(snippets);
        references = List.copyOf(references);
        tags = List.copyOf(tags);
    }

    public boolean hasStem() {
        return !stem.isEmpty();
    }

    /**
     * A line that tells this card from others with the same prompt in a list: the first line of its stem's code (else
     * of its stem), without Markdown, at most 80 characters; empty without a stem.
     */
    public String stemHint() {
        if (stem.isEmpty()) return "";
        String line = "";
        boolean inCode = false, sawCode = stem.contains("```");
        for (String l : stem.split("\n")) {
            String t = l.strip();
            if (t.startsWith("```") || t.startsWith("~~~")) { inCode = !inCode; continue; }
            if (t.isEmpty() || sawCode && !inCode) continue;
            line = t.replaceFirst("^[-*+]\\s+", "").replace("`", "");
            break;
        }
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }

    /** The question side as text: the prompt, then its stem (for search, speech and plain-text output). */
    public String question() {
        return stem.isEmpty() ? prompt : prompt + "\n\n" + stem;
    }

    /** A card without a stem. */
    public CardView(long id, String prompt, String answer, CardKind kind, String topic, String source, int line,
                    Language language, CardStatus status, Optional<Long> parent, List<Long> followUps,
                    List<Snippet> snippets, List<Reference> references, List<String> tags) {
        this(id, prompt, answer, kind, topic, source, line, language, status, parent, followUps, snippets, references, tags, "");
    }

    /** A card without tags or stem. */
    public CardView(long id, String prompt, String answer, CardKind kind, String topic, String source, int line,
                    Language language, CardStatus status, Optional<Long> parent, List<Long> followUps,
                    List<Snippet> snippets, List<Reference> references) {
        this(id, prompt, answer, kind, topic, source, line, language, status, parent, followUps, snippets, references, List.of(), "");
    }
}
