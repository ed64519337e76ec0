package prepdeck.web.view;

import java.util.List;
import java.util.Optional;
import prepdeck.app.CardView;
import prepdeck.app.TopicView;
import prepdeck.web.markdown.SafeHtml;

/** One card with its answer rendered and its neighbours resolved to links. */
public record CardPage(CardView card, SafeHtml answer, Optional<TopicView> topic, Optional<CardLink> parent,
                       List<CardLink> followUps, List<Snippet> snippets, List<ReferenceLine> references) {
    public CardPage {
        followUps = List.copyOf(followUps);
        snippets = List.copyOf(snippets);
        references = List.copyOf(references);
    }

    /**
     * Code from the card, ready for highlight.js.
     *
     * @param languageClass a {@code language-*} class, or empty when the language is unknown
     */
    public record Snippet(String languageClass, String language, String code, Optional<String> expectedOutput,
                          int line) {}
}
