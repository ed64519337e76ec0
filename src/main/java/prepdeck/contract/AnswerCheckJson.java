package prepdeck.contract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import prepdeck.review.interview.AnswerCheck;

/**
 * The JSON of {@code check-answer --json}: the contract's {@code score} (null, with a {@code message}, when the reference
 * has nothing to check against) and {@code points[].text, .covered, .status} (covered, missed, contradicted),
 * {@code .matched} (the answer's words); besides them each point's {@code essential}, {@code sure}, {@code kind} (phrase,
 * term) and {@code line} in the reference, with {@code covered}, {@code contradicted}, {@code total}, {@code sure} and
 * {@code language} for the whole.
 */
public final class AnswerCheckJson {
    private final ContractJson json;

    public AnswerCheckJson(ContractJson json) {
        this.json = Objects.requireNonNull(json);
    }

    public ObjectNode check(AnswerCheck check) {
        var o = json.mapper().createObjectNode();
        if (check.score().isPresent()) o.put("score", Math.round(check.score().getAsDouble() * 1000) / 1000.0);
        else o.putNull("score").put("message", AnswerCheck.NOTHING_TO_CHECK);
        var points = o.putArray("points");
        for (var p : check.points()) {
            var item = points.addObject().put("text", p.point().text()).put("covered", p.covered()).put("status", p.status().code())
                    .put("essential", p.point().essential()).put("sure", p.sure()).put("credit", Math.round(p.credit() * 100) / 100.0)
                    .put("kind", p.point().kind().code()).put("line", p.point().line());
            var matched = item.putArray("matched");
            p.matched().forEach(matched::add);
        }
        return o.put("covered", check.covered()).put("contradicted", check.contradicted()).put("total", check.points().size())
                .put("sure", check.sure()).put("language", check.language().code());
    }
}
