package prepdeck.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import prepdeck.app.Knowledge;
import prepdeck.app.NextCard;
import prepdeck.app.Practice;
import prepdeck.contract.ContractJson;
import prepdeck.web.markdown.MarkdownRenderer;

/**
 * The practice API: the next card, answers, undo, the daily new-card limit. The review page is a
 * client of these routes like any other.
 */
final class ReviewApi {
    private final RequestUseCases.Resolver useCases;
    private final MarkdownRenderer markdown;
    private final ContractJson json;
    private final JsonReply reply;

    ReviewApi(RequestUseCases.Resolver useCases, MarkdownRenderer markdown, ContractJson json) {
        this.useCases = useCases;
        this.markdown = markdown;
        this.json = json;
        this.reply = new JsonReply(json);
    }

    void addTo(RoutesConfig routes) {
        routes.get("/api/review/next", this::next);
        routes.get("/api/review/cards/{id}", this::show);
        routes.post("/api/reviews", this::answer);
        routes.post("/api/reviews/{id}/undo", this::undo);
        routes.get("/api/review/settings", this::settings);
        routes.post("/api/review/settings", this::changeSettings);
    }

    private void next(Context ctx) {
        Optional<String> topic = Optional.ofNullable(ctx.queryParam("topic")).map(String::strip).filter(s -> !s.isEmpty());
        var next = practice(ctx).next(topic);
        if (next.isEmpty()) {
            ctx.status(204);
            return;
        }
        reply.ok(ctx, withPage(ctx, next.get()));
    }

    private void show(Context ctx) {
        reply.ok(ctx, withPage(ctx, practice(ctx).show(Ids.parse("card", ctx.pathParam("id")))));
    }

    /** Beyond the contract, what the review page shows: answer and stem as sanitized HTML and the follow-ups' prompts. */
    private Practice practice(Context ctx) {
        return useCases.of(ctx).practice();
    }

    private ObjectNode withPage(Context ctx, NextCard next) {
        Knowledge knowledge = useCases.of(ctx).knowledge();
        ObjectNode o = json.nextCard(next);
        long cardId = next.card().id();
        o.put("flagged", practice(ctx).flaggedCards().contains(cardId));
        // the lines of snippets whose last check printed something else than the notes say: a reference that lies
        var lying = o.putArray("lying_snippets");
        useCases.of(ctx).snippets().map(s -> s.differingLines(cardId)).orElse(java.util.List.of()).forEach(lying::add);
        o.put("answer_html", markdown.render(next.card().answer()).toString());
        // what the question is about (its code and options) goes on the front, under the prompt
        o.put("stem_html", next.card().hasStem() ? markdown.render(next.card().stem()).toString() : "");
        var followUps = o.putArray("follow_up_cards");
        for (long id : next.card().followUps()) {
            knowledge.card(id).ifPresent(f -> followUps.addObject().put("id", f.id()).put("prompt", f.prompt())
                    .put("status", f.status().code()));
        }
        return o;
    }

    private void answer(Context ctx) {
        JsonNode body = body(ctx);
        long card = wholeNumber(body, "card", true);
        long rating = wholeNumber(body, "rating", true);
        if (rating < 1 || rating > 4) throw HttpProblem.badRequest("rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), got " + rating);
        JsonNode key = body.get("idempotency_key");
        if (key == null || !key.isTextual()) throw HttpProblem.badRequest("idempotency_key must be a string");
        long duration = wholeNumber(body, "duration_ms", false);
        reply.ok(ctx, json.reviewReceipt(practice(ctx).answer(card, (int) rating, key.asText(), duration)));
    }

    private void undo(Context ctx) {
        reply.ok(ctx, json.undoReceipt(practice(ctx).undo(Ids.parse("review", ctx.pathParam("id")))));
    }

    private void settings(Context ctx) {
        reply.ok(ctx, json.mapper().createObjectNode().put("new_per_day", practice(ctx).newCardsPerDay()));
    }

    private void changeSettings(Context ctx) {
        long limit = wholeNumber(body(ctx), "new_per_day", true);
        practice(ctx).setNewCardsPerDay((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, limit)));
        settings(ctx);
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

    private static long wholeNumber(JsonNode body, String field, boolean required) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            if (required) throw HttpProblem.badRequest(field + " is missing");
            return 0;
        }
        if (!n.canConvertToLong() || !(n.isIntegralNumber() || (n.isNumber() && n.asDouble() == Math.rint(n.asDouble())))) {
            throw HttpProblem.badRequest(field + " must be a whole number, got " + n);
        }
        return n.asLong();
    }
}
