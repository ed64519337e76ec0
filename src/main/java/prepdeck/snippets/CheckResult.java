package prepdeck.snippets;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import prepdeck.knowledge.Snippet;

/**
 * The verdict on one snippet.
 *
 * @param snippet the snippet checked
 * @param status  the verdict
 * @param detail  one human sentence or a short block: what matched, the diff, the error and where
 * @param line    the line in the note the verdict points at (the error's line, else the snippet's first)
 * @param run     the (first) run's output, when it ran
 */
public record CheckResult(Snippet snippet, Status status, String detail, int line, Optional<RunOutput> run) {
    public CheckResult {
        Objects.requireNonNull(snippet);
        Objects.requireNonNull(status);
        Objects.requireNonNull(detail);
        Objects.requireNonNull(run);
        if (line < 1) throw new IllegalArgumentException("line must be 1-based, got " + line);
    }

    /**
     * The item of {@code snippets check --json}: {@code card, source, line, status, detail},
     * in the contract's order, ready for any JSON writer.
     */
    public Map<String, Object> contractFields(long card, String source) {
        var m = new LinkedHashMap<String, Object>();
        m.put("card", card);
        m.put("source", source);
        m.put("line", line);
        m.put("status", status.code());
        m.put("detail", detail);
        return m;
    }
}
