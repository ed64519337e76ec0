package prepdeck.app;

import java.util.Objects;
import prepdeck.snippets.CheckResult;

/**
 * The verdict on one snippet of a card.
 *
 * @param card   the card's id
 * @param prompt the card's prompt, to show where the snippet lives
 * @param source the card's source (path relative to the imported root)
 * @param index  the snippet's place among the card's snippets, from 0
 * @param result the verdict, with the run's output when it ran
 */
public record SnippetCheck(long card, String prompt, String source, int index, CheckResult result) {
    public SnippetCheck {
        Objects.requireNonNull(prompt);
        Objects.requireNonNull(source);
        Objects.requireNonNull(result);
    }
}
