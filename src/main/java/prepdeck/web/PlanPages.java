package prepdeck.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import prepdeck.app.InterviewPlanning;
import prepdeck.app.InvalidInputException;
import prepdeck.app.PlanCalendar;
import prepdeck.app.TopicView;
import prepdeck.contract.PlanningJson;
import prepdeck.review.plan.Priority;
import prepdeck.web.view.PlanPage;

/**
 * The interview plan ({@code /plan}): several interviews, the weekly study time, topic priorities, the calendar and the
 * forecasts; {@code /plan.ics} for the user's calendar; {@code /api/plan} and {@code /api/interviews}. Forms work without
 * script and post back to the page.
 */
final class PlanPages {
    private final RequestUseCases.Resolver useCases;
    private final HtmlReply html;
    private final JsonReply reply;
    private final PlanningJson json;
    private final Clock clock;

    PlanPages(RequestUseCases.Resolver useCases, HtmlReply html, JsonReply reply, PlanningJson json, Clock clock) {
        this.useCases = useCases;
        this.html = html;
        this.reply = reply;
        this.json = json;
        this.clock = clock;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/plan", this::page);
        routes.post("/plan/interviews", this::add);
        routes.post("/plan/interviews/{id}/remove", this::remove);
        routes.post("/plan/budget", this::budget);
        routes.post("/plan/priorities", this::priorities);
        routes.post("/plan/asked", this::asked);
        routes.get("/plan.ics", this::ics);
        routes.get("/api/plan", ctx -> reply.ok(ctx, json.plan(planning(ctx).plan())));
        routes.get("/api/interviews", ctx -> reply.ok(ctx, json.interviews(planning(ctx).interviews())));
        routes.get("/api/calibration", ctx -> reply.ok(ctx, json.calibration(planning(ctx).calibration())));
    }

    private InterviewPlanning planning(Context ctx) {
        return useCases.of(ctx).planning().orElseThrow(() -> new HttpProblem(503, "this server was started without interview planning"));
    }

    private void page(Context ctx) {
        InterviewPlanning planning = planning(ctx);
        var priorities = planning.priorities();
        List<String> topics = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (TopicView t : useCases.of(ctx).knowledge().topics()) {
            topics.add(t.path());
            labels.add(Optional.ofNullable(priorities.topics().get(t.path())).map(Priority::label).orElse(""));
        }
        Optional<String> notice = Optional.ofNullable(ctx.queryParam("saved")).map(s -> switch (s) {
            case "interview" -> "Interview added.";
            case "removed" -> "Interview removed.";
            case "budget" -> "Study time saved.";
            case "asked" -> "Card flags saved.";
            default -> "Priorities saved.";
        });
        List<PlanPage.Asked> asked = new ArrayList<>();
        for (long id : new TreeSet<>(priorities.askedBefore())) {
            useCases.of(ctx).knowledge().card(id).ifPresent(c -> asked.add(new PlanPage.Asked(c.id(), c.prompt(), c.topic())));
        }
        html.ok(ctx, "plan.jte", new PlanPage(planning.plan(), planning.hasBudget(), topics, labels, planning.calibration(), asked, notice));
    }

    private void add(Context ctx) {
        String day = Optional.ofNullable(ctx.formParam("day")).orElse("").strip();
        LocalDate date;
        try {
            date = LocalDate.parse(day);
        } catch (DateTimeException e) {
            throw new InvalidInputException("the interview day must look like 2026-03-01, got '" + day + "'");
        }
        String importance = Optional.ofNullable(ctx.formParam("importance")).orElse("1").strip();
        double weight;
        try {
            weight = importance.isEmpty() ? 1 : Double.parseDouble(importance);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("importance must be a number like 1 or 0.5, got '" + importance + "'");
        }
        List<String> topics = ctx.formParams("topic").stream().filter(t -> !t.isBlank()).toList();
        planning(ctx).add(Optional.ofNullable(ctx.formParam("name")).orElse(""), date, topics,
                Optional.ofNullable(ctx.formParam("query")).filter(q -> !q.isBlank()), weight);
        ctx.redirect("/plan?saved=interview", HttpStatus.SEE_OTHER);
    }

    private void remove(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw HttpProblem.notFound("no interview " + ctx.pathParam("id"));
        }
        planning(ctx).remove(id);
        ctx.redirect("/plan?saved=removed", HttpStatus.SEE_OTHER);
    }

    private void budget(Context ctx) {
        StringBuilder weekly = new StringBuilder();
        for (int d = 0; d < 7; d++) {
            String raw = Optional.ofNullable(ctx.formParam("min_" + d)).orElse("0").strip();
            int minutes;
            try {
                minutes = raw.isEmpty() ? 0 : Integer.parseInt(raw);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("minutes on " + PlanPage.weekday(d) + " must be a whole number, got '" + raw + "'");
            }
            if (d > 0) weekly.append(", ");
            weekly.append(minutes).append(" min ").append(PlanPage.weekday(d));
        }
        Set<LocalDate> off = new TreeSet<>();
        for (String part : Optional.ofNullable(ctx.formParam("days_off")).orElse("").split("[,\\s]+")) {
            if (part.isBlank()) continue;
            try {
                off.add(LocalDate.parse(part));
            } catch (DateTimeException e) {
                throw new InvalidInputException("a day off must look like 2026-03-01, got '" + part + "'");
            }
        }
        planning(ctx).setBudget(weekly.toString(), off);
        ctx.redirect("/plan?saved=budget", HttpStatus.SEE_OTHER);
    }

    private void priorities(Context ctx) {
        InterviewPlanning planning = planning(ctx);
        var current = planning.priorities().topics();
        for (int k = 0; ; k++) {
            String path = ctx.formParam("t_" + k);
            String raw = ctx.formParam("p_" + k);
            if (path == null || raw == null) break;
            Optional<Priority> p;
            try {
                p = raw.isBlank() ? Optional.empty() : Optional.of(Priority.of(raw));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("the priority of " + path + " must be must, likely or unlikely, got '" + raw + "'");
            }
            if (!p.equals(Optional.ofNullable(current.get(path)))) planning.setTopicPriority(path, p);
        }
        ctx.redirect("/plan?saved=priorities", HttpStatus.SEE_OTHER);
    }

    // Form fields: card (an id), asked ("1" flags it, anything else takes the flag back).
    private void asked(Context ctx) {
        String raw = Optional.ofNullable(ctx.formParam("card")).orElse("").strip();
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("a card is named by its number, got '" + raw + "'");
        }
        planning(ctx).setAskedBefore(id, "1".equals(ctx.formParam("asked")));
        ctx.redirect("/plan?saved=asked", HttpStatus.SEE_OTHER);
    }

    private void ics(Context ctx) {
        String text = PlanCalendar.ics(planning(ctx).plan(), clock.instant(), LocalTime.of(18, 0), "plan.prepdeck");
        ctx.contentType("text/calendar; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"prepdeck-plan.ics\"");
        ctx.result(text);
    }
}
