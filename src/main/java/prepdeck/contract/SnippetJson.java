package prepdeck.contract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import prepdeck.app.SnippetCheck;
import prepdeck.app.SnippetFixture;
import prepdeck.snippets.RunOutput;

/**
 * The JSON of {@code snippets check --json} and of the snippet routes of the API. The contract's fields
 * ({@code card, source, line, status, detail}) come first, from {@link prepdeck.snippets.CheckResult#contractFields};
 * {@code index} (the snippet's place in its card, from 0) and {@code snippet_line} (its first line) are added.
 */
public final class SnippetJson {
    private final ContractJson json;

    public SnippetJson(ContractJson json) {
        this.json = Objects.requireNonNull(json);
    }

    public ObjectNode check(SnippetCheck c) {
        ObjectNode o = json.mapper().valueToTree(c.result().contractFields(c.card(), c.source()));
        return o.put("index", c.index()).put("snippet_line", c.result().snippet().line());
    }

    public ArrayNode checks(List<SnippetCheck> checks) {
        var a = json.mapper().createArrayNode();
        checks.forEach(c -> a.add(check(c)));
        return a;
    }

    /** A check with what the run printed: {@code stdout, stderr, display, error, stop, elapsed_ms, expected_output}. */
    public ObjectNode run(SnippetCheck c) {
        var o = check(c);
        var s = c.result().snippet();
        if (s.expectedOutput().isPresent()) o.put("expected_output", s.expectedOutput().get()); else o.putNull("expected_output");
        var run = c.result().run();
        if (run.isEmpty()) {
            o.putNull("stdout").putNull("stderr").putNull("display").putNull("error").put("stop", "not_run").putNull("elapsed_ms");
            return o;
        }
        RunOutput r = run.get();
        o.put("stdout", r.stdout()).put("stderr", r.stderr());
        if (r.display().isPresent()) o.put("display", r.display().get()); else o.putNull("display");
        if (r.error().isPresent()) {
            var e = r.error().get();
            var eo = o.putObject("error").put("type", e.type()).put("message", e.message());
            if (e.noteLine().isPresent()) eo.put("line", e.noteLine().getAsInt()); else eo.putNull("line");
            eo.put("traceback", e.traceback());
        } else {
            o.putNull("error");
        }
        return o.put("stop", r.stop().name().toLowerCase(java.util.Locale.ROOT)).put("elapsed_ms", r.elapsed().toMillis());
    }

    public ArrayNode fixtures(List<SnippetFixture> fixtures) {
        var a = json.mapper().createArrayNode();
        fixtures.forEach(f -> a.addObject().put("name", f.name()).put("bytes", f.bytes()));
        return a;
    }
}
