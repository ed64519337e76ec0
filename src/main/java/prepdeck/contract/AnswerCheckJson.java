package prepdeck.contract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import prepdeck.review.interview.AnswerCheck;

/**
 * The JSON of {@code check-answer --json}: the contract's {@code score} and {@code points[].text, .covered},
 * and besides them each point's {@code kind} (phrase, term), {@code line} in the reference and the answer's
 * {@code matched} words, with {@code covered}, {@code total} and {@code language} for the whole.
 */
public final class AnswerCheckJson {
    private final ContractJson json;

    public AnswerCheckJson(ContractJson json) {
        this.json = Objects.requireNonNull(json);
    }

    public ObjectNode check(AnswerCheck check) {
        var o = json.mapper().createObjectNode().put("score", check.score());
        var points = o.putArray("points");
        for (var p : check.points()) {
            var item = points.addObject().put("text", p.point().text()).put("covered", p.covered())
                    .put("kind", p.point().kind().code()).put("line", p.point().line());
            var matched = item.putArray("matched");
            p.matched().forEach(matched::add);
        }
        return o.put("covered", check.covered()).put("total", check.points().size()).put("language", check.language().code());
    }
}
