package prepdeck.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import prepdeck.app.InvalidInputException;
import prepdeck.app.Practice;
import prepdeck.app.Readiness;
import prepdeck.contract.PracticeJson;
import prepdeck.web.view.ReadinessPage;
import prepdeck.web.view.SettingsPage;

/**
 * Readiness ({@code /readiness}, {@code /api/readiness}) and the practice settings ({@code /settings},
 * {@code /api/settings}). The forms work without script and post back to the same pages.
 */
final class ReadinessPages {
    private final RequestUseCases.Resolver useCases;
    private final HtmlReply html;
    private final JsonReply reply;
    private final PracticeJson json;

    private final java.util.function.Function<Context, Optional<prepdeck.web.view.LanSection>> lan;

    /** @param lan the settings page's part for {@code serve --lan}, for this request (empty when not on a LAN, or to a phone) */
    ReadinessPages(RequestUseCases.Resolver useCases, HtmlReply html, JsonReply reply, PracticeJson json,
                   java.util.function.Function<Context, Optional<prepdeck.web.view.LanSection>> lan) {
        this.lan = lan;
        this.useCases = useCases;
        this.html = html;
        this.reply = reply;
        this.json = json;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/readiness", this::readiness);
        routes.post("/readiness/interview-date", this::interviewDate);
        routes.post("/readiness/apply", this::apply);
        routes.get("/api/readiness", this::readinessJson);
        routes.get("/settings", this::settings);
        routes.post("/settings", this::saveSettings);
        routes.post("/settings/refit", this::refit);
        routes.get("/api/settings", ctx -> reply.ok(ctx, json.settings(practice(ctx).settings(), practice(ctx).lastRefit())));
    }

    private void readiness(Context ctx) {
        Readiness r = practice(ctx).readiness();
        var advice = practice(ctx).advice(target(ctx.queryParam("target")));
        Optional<String> notice = Optional.ofNullable(ctx.queryParam("applied")).filter(v -> v.matches("\\d{1,5}"))
                .map(v -> "New cards a day set to " + v + ".");
        var topics = new prepdeck.web.view.Pager(Ids.page(ctx, "topics_page"), TopicPages.ROWS_PER_PAGE, r.topics().size(), "/readiness?topics_page=");
        html.ok(ctx, "readiness.jte", new ReadinessPage(r, recallChart(r), dueChart(r), advice, notice, topics));
    }

    /** The recall the advice aims at: ?target=85 (per cent, 50–99), 80 without one. */
    static double target(String raw) {
        if (raw == null || raw.isBlank()) return DEFAULT_TARGET;
        try {
            int v = Integer.parseInt(raw.strip());
            if (v >= 50 && v <= 99) return v / 100.0;
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new InvalidInputException("target must be a whole per cent from 50 to 99, got '" + raw + "'");
    }

    static final double DEFAULT_TARGET = 0.8;

    /** The advice's "Use N new cards a day" button. */
    private void apply(Context ctx) {
        int n = whole("new_per_day", ctx.formParam("new_per_day"));
        practice(ctx).setNewCardsPerDay(n);
        ctx.redirect("/readiness?applied=" + n, HttpStatus.SEE_OTHER);
    }

    /** The forecast as JSON, its topic list paged as the other lists are ({@code ?limit=&offset=}, {@code topics_total}). */
    private void readinessJson(Context ctx) {
        var paging = ApiPaging.of(ctx);
        var o = json.readiness(practice(ctx).readiness());
        var topics = (com.fasterxml.jackson.databind.node.ArrayNode) o.get("topics");
        int total = topics.size();
        var page = o.putArray("topics");
        for (int i = paging.offset(); i < total && i < (long) paging.offset() + paging.limit(); i++) page.add(topics.get(i));
        o.put("topics_total", total);
        paging.describe(ctx, total);
        reply.ok(ctx, o);
    }

    static String recallChart(Readiness r) {
        List<LocalDate> days = r.days().stream().map(Readiness.Day::day).toList();
        var none = new SvgChart.Series("no more reviews", "series-1", r.days().stream().map(Readiness.Day::recallNoReviews).toList());
        boolean plan = r.days().stream().anyMatch(d -> d.recallWithPlan().isPresent());
        var series = plan
                ? List.of(none, new SvgChart.Series("plan followed", "series-2", r.days().stream().map(d -> d.recallWithPlan().orElse(0.0)).toList()))
                : List.of(none);
        String until = r.days().isEmpty() ? "" : " to " + r.days().getLast().day();
        return SvgChart.recallLines("recall-chart", "Predicted mean recall, day by day" + until,
                "Mean FSRS recall probability over all answered cards (never reviewed ones count as 0) on each day from "
                        + r.today() + until + (plan ? ", if nothing more is reviewed and if the interview plan is followed." : ", if nothing more is reviewed."),
                days, series);
    }

    static String dueChart(Readiness r) {
        List<LocalDate> days = r.days().stream().map(Readiness.Day::day).toList();
        var due = new SvgChart.Series("due", "series-1", r.days().stream().map(d -> (double) d.due()).toList());
        boolean plan = r.days().stream().anyMatch(d -> d.planned() > 0);
        var series = plan ? List.of(due, new SvgChart.Series("planned", "series-2", r.days().stream().map(d -> (double) d.planned()).toList()))
                : List.of(due);
        return SvgChart.countBars("due-chart", "Reviews due per day",
                "Cards whose FSRS due date falls on each day if nothing more is reviewed (overdue ones count today)"
                        + (plan ? ", and the reviews the interview plan gives each day." : "."),
                days, series, "Reviews");
    }

    private void interviewDate(Context ctx) {
        practice(ctx).setInterviewDate(date(ctx.formParam("interview_date")));
        ctx.redirect("/readiness", HttpStatus.SEE_OTHER);
    }

    private void settings(Context ctx) {
        Optional<String> notice = Optional.ofNullable(ctx.queryParam("saved")).map(s -> "Settings saved.");
        html.ok(ctx, "settings.jte", new SettingsPage(practice(ctx).settings(), practice(ctx).lastRefit(), notice, lan.apply(ctx)));
    }

    private void saveSettings(Context ctx) {
        practice(ctx).setInterviewDate(date(ctx.formParam("interview_date")));
        practice(ctx).setDailyBudget(whole("daily_budget", ctx.formParam("daily_budget")));
        practice(ctx).setNewCardsPerDay(whole("new_per_day", ctx.formParam("new_per_day")));
        String retention = Optional.ofNullable(ctx.formParam("desired_retention")).orElse("").strip();
        try {
            practice(ctx).setDesiredRetention(Double.parseDouble(retention));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("the desired retention must be a number like 0.9, got '" + retention + "'");
        }
        ctx.redirect("/settings?saved=1", HttpStatus.SEE_OTHER);
    }

    /** Runs the fit on the request's thread (seconds on a long history) and comes back to the page, which shows the result. */
    private void refit(Context ctx) {
        practice(ctx).refit();
        ctx.redirect("/settings#refit", HttpStatus.SEE_OTHER);
    }

    private Practice practice(Context ctx) {
        return useCases.of(ctx).practice();
    }

    private static Optional<LocalDate> date(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeException e) {
            throw new InvalidInputException("the interview date must look like 2026-03-01, got '" + text + "'");
        }
    }

    private static int whole(String field, String raw) {
        String text = raw == null ? "" : raw.strip();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field + " must be a whole number, got '" + text + "'");
        }
    }
}
