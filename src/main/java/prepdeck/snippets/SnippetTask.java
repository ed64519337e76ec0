package prepdeck.snippets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import prepdeck.knowledge.NoteCard;
import prepdeck.knowledge.Snippet;

/**
 * One snippet to check, with the cells a notebook would have run before it.
 *
 * @param snippet  the code to check
 * @param before   earlier snippets of the same card, run first in the same interpreter; their
 *                 output is not checked and their failures do not stop the snippet
 * @param fixtures files (name relative to the working directory → content) written before the run
 */
public record SnippetTask(Snippet snippet, List<Snippet> before, Map<String, String> fixtures) {
    public SnippetTask {
        Objects.requireNonNull(snippet);
        before = List.copyOf(before);
        fixtures = Map.copyOf(fixtures);
        for (var name : fixtures.keySet()) {
            if (name.isBlank() || name.startsWith("/") || List.of(name.split("[/\\\\]")).contains("..")) {
                throw new IllegalArgumentException("fixture name must be a relative path inside the snippet's directory: " + name);
            }
        }
    }

    public static SnippetTask alone(Snippet snippet, Map<String, String> fixtures) {
        return new SnippetTask(snippet, List.of(), fixtures);
    }

    /**
     * A task per snippet of the card, each preceded by the card's earlier snippets — the way
     * notebook cells and step-by-step examples build on each other.
     */
    public static List<SnippetTask> ofCard(NoteCard card, Map<String, String> fixtures) {
        return ofCard(card.snippets(), fixtures);
    }

    /** As {@link #ofCard(NoteCard, Map)}, for a card's snippets as a store returns them (in note order). */
    public static List<SnippetTask> ofCard(List<Snippet> snippets, Map<String, String> fixtures) {
        var out = new ArrayList<SnippetTask>();
        for (int i = 0; i < snippets.size(); i++) {
            out.add(new SnippetTask(snippets.get(i), snippets.subList(0, i), fixtures));
        }
        return out;
    }
}
