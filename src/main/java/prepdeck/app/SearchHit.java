package prepdeck.app;

import java.util.Objects;

/**
 * One card found by a search, best first in a result list.
 *
 * @param score           relevance; only comparable within one result list
 * @param promptHighlight the prompt as HTML: escaped, with {@code <mark>…</mark>} around what matched
 * @param answerHighlight a fragment of the answer around its first match, as HTML like the prompt;
 *                        empty when nothing matched in the answer
 */
public record SearchHit(long id, String prompt, String topic, String source, int line, double score,
                        String promptHighlight, String answerHighlight) {
    public SearchHit {
        Objects.requireNonNull(prompt);
        Objects.requireNonNull(topic);
        Objects.requireNonNull(source);
        Objects.requireNonNull(promptHighlight);
        Objects.requireNonNull(answerHighlight);
    }
}
