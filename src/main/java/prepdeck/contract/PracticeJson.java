package prepdeck.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import prepdeck.app.FsrsRefit;
import prepdeck.app.PracticeSettings;
import prepdeck.app.Readiness;
import prepdeck.review.fsrs.Parameters;

/**
 * The JSON of practice settings, a fit on the user's history and readiness, shared by the CLI
 * ({@code settings --json}, {@code fsrs optimize --json}) and the API ({@code /api/settings}, {@code /api/readiness}).
 */
public final class PracticeJson {
    private final ObjectMapper mapper;

    public PracticeJson(ContractJson json) {
        this.mapper = Objects.requireNonNull(json).mapper();
    }

    /** {"interview_date","daily_budget","new_per_day","desired_retention","fsrs_params":[21],"fsrs_params_fitted","last_refit"} */
    public ObjectNode settings(PracticeSettings s, java.util.Optional<String> lastRefit) {
        ObjectNode o = mapper.createObjectNode();
        if (s.interviewDate().isPresent()) o.put("interview_date", s.interviewDate().get().toString());
        else o.putNull("interview_date");
        o.put("daily_budget", s.dailyBudget()).put("new_per_day", s.newPerDay()).put("desired_retention", s.desiredRetention());
        params(o.putArray("fsrs_params"), s.fsrsParams());
        o.put("fsrs_params_fitted", s.fitted());
        if (lastRefit.isPresent()) o.put("last_refit", lastRefit.get());
        else o.putNull("last_refit");
        return o;
    }

    /**
     * The contract's {@code fsrs optimize --json} fields ({@code params} are the fitted weights) plus
     * {@code training_items}, {@code fitted}, {@code current_log_loss} (the weights in use before), {@code replaced}
     * and {@code params_in_use}.
     */
    public ObjectNode refit(FsrsRefit r) {
        ObjectNode o = mapper.createObjectNode();
        o.put("reviews", r.reviews());
        params(o.putArray("params"), r.fit().parameters());
        number(o, "log_loss", r.fit().logLoss(), 5);
        number(o, "rmse_bins", r.fit().rmseBins(), 5);
        number(o, "default_log_loss", r.fit().defaultLogLoss(), 5);
        number(o, "default_rmse_bins", r.fit().defaultRmseBins(), 5);
        o.put("fit_seconds", round(r.seconds(), 3));
        o.put("training_items", r.fit().trainingItems());
        o.put("fitted", r.fit().fitted().name().toLowerCase(java.util.Locale.ROOT));
        number(o, "current_log_loss", r.currentLogLoss(), 5);
        o.put("replaced", r.replaced());
        params(o.putArray("params_in_use"), r.inUse());
        return o;
    }

    /**
     * {"today","interview_date","targets":[days],"cards","gaps","reviewed","recall":[per target],
     * "topics":[{"path","cards","gaps","coverage","reviewed","recall":[per target]}],
     * "days":[{"day","recall_no_reviews","recall_with_plan","due","planned"}]}
     */
    public ObjectNode readiness(Readiness r) {
        ObjectNode o = mapper.createObjectNode();
        o.put("today", r.today().toString());
        if (r.interview().isPresent()) o.put("interview_date", r.interview().get().toString());
        else o.putNull("interview_date");
        ArrayNode targets = o.putArray("targets");
        r.targets().forEach(d -> targets.add(d.toString()));
        o.put("cards", r.cards()).put("gaps", r.gaps()).put("reviewed", r.reviewed());
        recall(o.putArray("recall"), r.recall());
        ArrayNode topics = o.putArray("topics");
        for (Readiness.TopicReadiness t : r.topics()) {
            ObjectNode n = topics.addObject().put("path", t.path()).put("cards", t.cards()).put("gaps", t.gaps())
                    .put("coverage", round(t.coverage(), 4)).put("reviewed", t.reviewed());
            recall(n.putArray("recall"), t.recall());
        }
        ArrayNode days = o.putArray("days");
        for (Readiness.Day d : r.days()) {
            ObjectNode n = days.addObject().put("day", d.day().toString()).put("recall_no_reviews", round(d.recallNoReviews(), 4));
            if (d.recallWithPlan().isPresent()) n.put("recall_with_plan", round(d.recallWithPlan().get(), 4));
            else n.putNull("recall_with_plan");
            n.put("due", d.due()).put("planned", d.planned());
        }
        return o;
    }

    private static void recall(ArrayNode a, List<Double> values) {
        values.forEach(v -> a.add(round(v, 4)));
    }

    private static void params(ArrayNode a, Parameters p) {
        for (double w : p.w()) a.add(round(w, 4));
    }

    private static void number(ObjectNode o, String name, double value, int decimals) {
        if (Double.isFinite(value)) o.put(name, round(value, decimals));
        else o.putNull(name);
    }

    private static double round(double x, int decimals) {
        if (!Double.isFinite(x)) return x;
        return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
    }
}
