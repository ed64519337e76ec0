package prepdeck.web.view;

import java.util.List;
import java.util.Optional;

/**
 * Every snippet of the live cards with its status from the last check, grouped by source.
 *
 * @param available whether this server can run snippets at all
 * @param summary   "57 snippets: 40 ok, …" of the last check, when there was one
 * @param checkedAt when, and how long it took, in words
 * @param isolation what the sandbox enforced, in words
 * @param error     why the last request failed, for the user
 * @param notOffered why this viewer is not offered "Check all" (a learner, or a deck whose code does not run on this
 *                   server), in words; empty when it is offered
 * @param mayRun    whether this viewer may run single snippets from their cards
 */
public record SnippetsPage(boolean available, int total, Optional<String> summary, Optional<String> checkedAt, String isolation,
                           List<SourceGroup> groups, Optional<String> error, Optional<String> notOffered, boolean mayRun) {
    public SnippetsPage {
        groups = List.copyOf(groups);
        java.util.Objects.requireNonNull(notOffered);
    }

    /** Whether the "Check all" button is shown. */
    public boolean mayCheckAll() {
        return available && notOffered.isEmpty();
    }

    public record SourceGroup(String source, List<Row> rows) {
        public SourceGroup {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One snippet.
     *
     * @param status   the contract's status, or "unchecked"
     * @param headline the detail's first line
     * @param more     the rest of the detail (a diff, a traceback), empty when there is none
     */
    public record Row(long card, String prompt, int index, int line, String status, String headline, String more,
                      Optional<prepdeck.snippets.SnippetDiff> diff) {
        public Row(long card, String prompt, int index, int line, String status, String headline, String more) {
            this(card, prompt, index, line, status, headline, more, Optional.empty());
        }
    }

    /** How many snippets differ from the notes or fail: the banner is red when any does. */
    public long failing() {
        return groups.stream().flatMap(g -> g.rows().stream()).filter(r -> r.status().equals("differs") || r.status().equals("error")).count();
    }
}
