package prepdeck.web.view;

import java.util.List;
import java.util.Optional;
import prepdeck.app.CardView;
import prepdeck.app.TopicView;
import prepdeck.web.markdown.SafeHtml;

/**
 * One card with its answer rendered and its neighbours resolved to links; {@code runRefused} says why its snippets
 * have no Run button (their deck's code does not run on this server), when they have none.
 */
public record CardPage(CardView card, SafeHtml answer, Optional<TopicView> topic, Optional<CardLink> parent,
                       List<CardLink> followUps, List<Snippet> snippets, List<ReferenceLine> references,
                       Optional<String> runRefused, List<CardLink> coveredBy) {
    public CardPage {
        coveredBy = List.copyOf(coveredBy);
        followUps = List.copyOf(followUps);
        snippets = List.copyOf(snippets);
        references = List.copyOf(references);
        java.util.Objects.requireNonNull(runRefused);
    }

    /** A card whose snippets may be run (or that has none). */
    public CardPage(CardView card, SafeHtml answer, Optional<TopicView> topic, Optional<CardLink> parent,
                    List<CardLink> followUps, List<Snippet> snippets, List<ReferenceLine> references) {
        this(card, answer, topic, parent, followUps, snippets, references, Optional.empty(), List.of());
    }

    /**
     * For a gap: a Markdown stub to paste into its file at its line, the gap's title as a heading with the start of an
     * answer under it (from the first card that covers it, when one does).
     */
    public String markdownStub() {
        String title = card.prompt();
        String topic = card.topic();
        if (!topic.isEmpty()) {
            String last = topic.substring(topic.lastIndexOf(" / ") < 0 ? 0 : topic.lastIndexOf(" / ") + 3);
            if (title.startsWith(last + ": ")) title = title.substring(last.length() + 2);
        }
        var stub = new StringBuilder("## ").append(title).append("\n\n");
        if (!coveredBy.isEmpty()) stub.append("<!-- see also: ").append(coveredBy.getFirst().prompt()).append(" -->\n");
        return stub.append("TODO: answer in your own words\n").toString();
    }

    /**
     * Code from the card, ready for highlight.js.
     *
     * @param languageClass a {@code language-*} class, or empty when the language is unknown
     */
    public record Snippet(String languageClass, String language, String code, Optional<String> expectedOutput,
                          int line) {}
}
