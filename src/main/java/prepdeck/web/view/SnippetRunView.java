package prepdeck.web.view;

import java.util.Optional;

/**
 * What "Run" shows under a snippet on its card page. Everything here is the snippet's own output:
 * untrusted text, escaped by the template like any other value.
 *
 * @param status    the verdict's status ("ok", "differs", …)
 * @param headline  the verdict's first line
 * @param more      the rest of the verdict (the diff), or empty
 * @param traceback the exception's traceback with the note's line numbers, or empty
 * @param elapsed   "0.08 s", or empty when the snippet did not run
 */
public record SnippetRunView(long card, int index, String status, String headline, String more, String stdout,
                             Optional<String> display, String stderr, String traceback, String elapsed,
                             Optional<prepdeck.snippets.SnippetDiff> diff) {
    public SnippetRunView(long card, int index, String status, String headline, String more, String stdout,
                          Optional<String> display, String stderr, String traceback, String elapsed) {
        this(card, index, status, headline, more, stdout, display, stderr, traceback, elapsed, Optional.empty());
    }
}
