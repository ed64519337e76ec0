package prepdeck.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import prepdeck.app.AnswerFeedback;
import prepdeck.app.InterviewQuestion;
import prepdeck.app.InterviewReport;
import prepdeck.app.InterviewRequest;
import prepdeck.app.InterviewSession;
import prepdeck.app.MockInterviews;
import prepdeck.app.PointResult;
import prepdeck.contract.ContractJson;
import prepdeck.web.markdown.MarkdownRenderer;
import prepdeck.web.view.InterviewHistoryPage;
import prepdeck.web.view.Pager;
import prepdeck.web.view.InterviewPage;
import prepdeck.web.view.InterviewReportPage;
import prepdeck.web.view.InterviewStartPage;
import prepdeck.web.view.ReviewPage;

/**
 * Mock interviews: the start form, the session page (a frame {@code interview.js} fills from the API below),
 * the report, the history with its chart, and the Markdown export.
 */
final class InterviewPages {
    private final RequestUseCases.Resolver useCases;
    private final HtmlReply html;
    private final MarkdownRenderer markdown;
    private final ContractJson json;
    private final JsonReply reply;
    private final java.time.Clock clock;
    private final SpokenAnswers spoken;

    /**
     * @param clock  tells the page the server's time, so its clocks agree with the times the server records
     * @param spoken the spoken answers' recordings and figures, for the report and the history
     */
    InterviewPages(RequestUseCases.Resolver useCases, HtmlReply html, MarkdownRenderer markdown, ContractJson json, java.time.Clock clock,
                   SpokenAnswers spoken) {
        this.clock = clock;
        this.spoken = spoken;
        this.useCases = useCases;
        this.html = html;
        this.markdown = markdown;
        this.json = json;
        this.reply = new JsonReply(json);
    }

    void addTo(RoutesConfig routes) {
        routes.get("/interview", this::startPage);
        routes.post("/interview", this::start);
        routes.get("/interview/history", this::history);
        routes.get("/interview/{id}", this::session);
        routes.get("/api/interviews/{id}", ctx -> reply.ok(ctx, sessionJson(ctx, interviews(ctx).session(id(ctx)))));
        routes.post("/api/interviews/{id}/questions/{n}/answer", this::answer);
        routes.post("/api/interviews/{id}/questions/{n}/grade", this::grade);
        routes.post("/api/interviews/{id}/questions/{n}/skip", ctx -> reply.ok(ctx,
                sessionJson(ctx, interviews(ctx).skip(id(ctx), position(ctx)))));
        routes.post("/api/interviews/{id}/finish", ctx -> {
            long id = id(ctx);
            interviews(ctx).finish(id);
            reply.ok(ctx, json.mapper().createObjectNode().put("report", "/interview/" + id).put("markdown", "/interview/" + id + ".md"));
        });
    }

    private void startPage(Context ctx) {
        html.ok(ctx, "interview_start.jte", startView(ctx));
    }

    /** The start form posts here: questions or minutes (minutes win when both are filled in), topics, language, seed. */
    private void start(Context ctx) {
        Optional<Integer> minutes = number(ctx.formParam("minutes"), "minutes").map(Math::toIntExact);
        Optional<Integer> questions = minutes.isPresent() ? Optional.empty() : number(ctx.formParam("questions"), "questions").map(Math::toIntExact);
        List<String> topics = ctx.formParams("topic").stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        var request = new InterviewRequest(questions, minutes, topics, MockInterviews.language(ctx.formParam("lang")),
                number(ctx.formParam("seed"), "seed"));
        InterviewSession session = interviews(ctx).start(request);
        boolean aloud = "spoken".equals(ctx.formParam("mode"));
        ctx.redirect("/interview/" + session.id() + (aloud ? "?mode=spoken" : ""), HttpStatus.SEE_OTHER);
    }

    private static Optional<Long> number(String raw, String field) {
        if (raw == null || raw.isBlank()) return Optional.empty();
        try {
            long n = Long.parseLong(raw.strip());
            if (!field.equals("seed") && (n < 0 || n > 100_000)) throw HttpProblem.badRequest(field + " must be a small whole number, got '" + raw.strip() + "'");
            return Optional.of(n);
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest(field + " must be a whole number, got '" + raw.strip() + "'");
        }
    }

    private void session(Context ctx) {
        String raw = ctx.pathParam("id");
        if (raw.endsWith(".md")) {
            long id = Ids.parse("interview", raw.substring(0, raw.length() - 3));
            ctx.contentType("text/markdown; charset=utf-8")
                    .header("Content-Disposition", "inline; filename=\"interview-" + id + ".md\"")
                    .result(interviews(ctx).markdown(id) + spoken.spoken(interviews(ctx).session(id)).markdown());
            return;
        }
        long id = Ids.parse("interview", raw);
        InterviewSession session = interviews(ctx).session(id);
        if (session.finished()) html.ok(ctx, "interview_report.jte", new InterviewReportPage(interviews(ctx).report(id), spoken.spoken(session)));
        else html.ok(ctx, "interview.jte", new InterviewPage(session, "spoken".equals(ctx.queryParam("mode"))));
    }

    private void history(Context ctx) {
        List<InterviewSession> sessions = interviews(ctx).history();
        var totals = new java.util.IdentityHashMap<InterviewSession, InterviewReport.Totals>();
        var points = new ArrayList<ScoreChart.Point>();
        for (InterviewSession s : sessions) {
            var t = InterviewReport.Totals.of(s.questions());
            totals.put(s, t);
            if (s.finished()) t.meanScore().ifPresent(score -> points.add(new ScoreChart.Point(s.id(), s.startedAt(), score)));
        }
        // a page of sessions, newest first, with their spoken answers read for that page only; the chart's latest points
        var newestFirst = new ArrayList<>(sessions).reversed();
        var pager = new Pager(Ids.page(ctx, "page"), InterviewHistoryPage.PER_PAGE, newestFirst.size(), "/interview/history?page=");
        var rows = new ArrayList<InterviewHistoryPage.Row>();
        for (InterviewSession s : pager.slice(newestFirst)) rows.add(new InterviewHistoryPage.Row(s, totals.get(s), spoken.spoken(s)));
        var recent = points.subList(Math.max(0, points.size() - InterviewHistoryPage.CHART_POINTS), points.size());
        html.ok(ctx, "interview_history.jte", new InterviewHistoryPage(rows, ScoreChart.svg(recent), pager));
    }

    private void answer(Context ctx) {
        JsonNode body = body(ctx);
        JsonNode text = body.get("answer");
        if (text != null && !text.isNull() && !text.isTextual()) throw HttpProblem.badRequest("answer must be a string");
        AnswerFeedback feedback = interviews(ctx).answer(id(ctx), position(ctx), text == null || text.isNull() ? "" : text.asText());
        ObjectNode o = json.mapper().createObjectNode();
        o.put("position", feedback.question().position());
        if (feedback.score().isPresent()) o.put("score", feedback.score().get());
        else o.putNull("score");
        o.put("revealed", feedback.question().revealed());
        if (feedback.score().isEmpty() && !feedback.question().revealed()) o.put("message", prepdeck.review.interview.AnswerCheck.NOTHING_TO_CHECK);
        o.put("answer", feedback.question().answer().orElse(""));
        var points = o.putArray("points");
        for (PointResult p : feedback.points()) {
            var item = points.addObject().put("text", p.text()).put("covered", p.covered()).put("status", p.status().code())
                    .put("essential", p.essential());
            var matched = item.putArray("matched");
            p.matched().forEach(matched::add);
        }
        o.put("answer_html", markdown.render(feedback.reference()).toString());
        // snippets of the reference whose last check printed something else than the notes say: warned of on the page
        var lying = o.putArray("lying_snippets");
        useCases.of(ctx).snippets().map(s -> s.differingLines(feedback.question().cardId())).orElse(java.util.List.of()).forEach(lying::add);
        reply.ok(ctx, o);
    }

    private void grade(Context ctx) {
        JsonNode rating = body(ctx).get("rating");
        if (rating == null || !rating.isIntegralNumber() || rating.asInt() < 1 || rating.asInt() > 4) {
            throw HttpProblem.badRequest("rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)");
        }
        var receipt = interviews(ctx).grade(id(ctx), position(ctx), rating.asInt());
        reply.ok(ctx, json.reviewReceipt(receipt));
    }

    private MockInterviews interviews(Context ctx) {
        return useCases.of(ctx).interviews().orElseThrow(() -> new HttpProblem(503, "this server was started without mock interviews"));
    }

    private ObjectNode sessionJson(Context ctx, InterviewSession s) {
        ObjectNode o = json.mapper().createObjectNode();
        o.put("id", s.id()).put("started_at_ms", s.startedAt().toEpochMilli()).put("now_ms", clock.millis())
                .put("finished", s.finished()).put("question_limit", s.settings().questionLimit());
        if (s.settings().minutes().isPresent()) o.put("minutes", s.settings().minutes().get());
        else o.putNull("minutes");
        o.put("current", s.current().map(InterviewQuestion::position).orElse(-1));
        var questions = o.putArray("questions");
        for (InterviewQuestion q : s.questions()) {
            var n = questions.addObject().put("position", q.position()).put("card", q.cardId()).put("prompt", q.prompt()).put("topic", q.topic())
                    .put("language", q.language().code()).put("follow_up", q.followUp()).put("done", q.done()).put("skipped", q.skipped())
                    .put("answered", q.answeredAt().isPresent());
            // what a question still to answer is about (its code and options), sanitized HTML for the front
            String stem = q.done() ? "" : useCases.of(ctx).knowledge().card(q.cardId()).map(prepdeck.app.CardView::stem).orElse("");
            n.put("stem_html", stem.isEmpty() ? "" : markdown.render(stem).toString());
            if (q.askedAt().isPresent()) n.put("asked_at_ms", q.askedAt().get().toEpochMilli());
            else n.putNull("asked_at_ms");
            if (q.score().isPresent()) n.put("score", q.score().get());
            else n.putNull("score");
            if (q.rating().isPresent()) n.put("rating", q.rating().get());
            else n.putNull("rating");
        }
        return o;
    }

    private static long id(Context ctx) {
        return Ids.parse("interview", ctx.pathParam("id"));
    }

    private static int position(Context ctx) {
        return Math.toIntExact(Math.min(Integer.MAX_VALUE, Ids.parse("question", ctx.pathParam("n")) - 1));
    }

    private JsonNode body(Context ctx) {
        try {
            JsonNode body = json.mapper().readTree(ctx.body());
            if (body == null || !body.isObject()) throw HttpProblem.badRequest("expected a JSON object");
            return body;
        } catch (JsonProcessingException e) {
            throw HttpProblem.notJson(e);
        }
    }

    private InterviewStartPage startView(Context ctx) {
        var topics = useCases.of(ctx).knowledge().topics();
        return new InterviewStartPage(TopicPicker.choices(topics, Optional.empty(), TopicPicker.MAX), MockInterviews.DEFAULT_QUESTIONS,
                interviews(ctx).history().size(), topics.size(), ReviewPage.totals(topics));
    }
}
