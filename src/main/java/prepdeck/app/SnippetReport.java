package prepdeck.app;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import prepdeck.snippets.Isolation;
import prepdeck.snippets.Status;

/**
 * A check of many snippets.
 *
 * @param checks          in source order (source, card, snippet)
 * @param isolation       how the runs were isolated: a filesystem of their own, namespaces only, or the driver's guards
 */
public record SnippetReport(Instant checkedAt, Duration took, List<SnippetCheck> checks, Isolation isolation) {
    public SnippetReport {
        Objects.requireNonNull(checkedAt);
        Objects.requireNonNull(took);
        Objects.requireNonNull(isolation);
        checks = List.copyOf(checks);
    }

    /** Whether the runs were isolated by the kernel or by the driver's guards only. */
    public boolean kernelIsolation() {
        return isolation.kernel();
    }

    /** How many snippets got each verdict, in the enum's order, zeros left out. */
    public Map<Status, Integer> counts() {
        var out = new EnumMap<Status, Integer>(Status.class);
        for (var c : checks) out.merge(c.result().status(), 1, Integer::sum);
        return out;
    }

    /** "57 snippets: 40 ok, 3 differs, 5 error" */
    public String summary() {
        var parts = new StringBuilder().append(checks.size()).append(checks.size() == 1 ? " snippet" : " snippets");
        String sep = ": ";
        for (var e : counts().entrySet()) {
            parts.append(sep).append(e.getValue()).append(' ').append(e.getKey().code());
            sep = ", ";
        }
        return parts.toString();
    }

    /** The same report with the checks of one card replaced (after "Run" on the card page). */
    SnippetReport replacing(SnippetCheck check) {
        var updated = checks.stream()
                .map(c -> c.card() == check.card() && c.index() == check.index() ? check : c)
                .toList();
        return new SnippetReport(checkedAt, took, updated, isolation);
    }
}
