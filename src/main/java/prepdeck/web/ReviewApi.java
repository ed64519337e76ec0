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
        routes.get("/api/review/offline", this::offline);
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

    /**
     * The offline window ({@link prepdeck.app.OfflineWindow}): {@code ?days=1..7} (default 3), {@code ?topic=}. Each card
     * is shaped as {@code /api/review/next} shapes it, with {@code due_at}; {@code owner} names whose answers these are,
     * so a device holding answers of one account never sends them as another's.
     */
    private void offline(Context ctx) {
        Optional<String> topic = Optional.ofNullable(ctx.queryParam("topic")).map(String::strip).filter(s -> !s.isEmpty());
        String rawDays = Optional.ofNullable(ctx.queryParam("days")).orElse("3").strip();
        int days;
        try {
            days = Integer.parseInt(rawDays);
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("days must be a whole number of days, got '" + rawDays + "'");
        }
        var window = practice(ctx).offlineWindow(topic, java.time.Duration.ofDays(days));
        var principal = useCases.of(ctx).principal();
        ObjectNode o = json.mapper().createObjectNode();
        o.put("owner", principal.userId() + ":" + principal.deckId());
        o.put("topic", topic.orElse(""));
        o.put("generated_at", window.generatedAt().toString()).put("until", window.until().toString());
        o.put("new_allowed", window.newAllowed());
        var cards = o.putArray("cards");
        var flagged = practice(ctx).flaggedCards();
        for (var entry : window.cards()) {
            ObjectNode c = withPage(ctx, entry.card(), flagged);
            c.put("due_at", entry.dueAt().map(java.time.Instant::toString).orElse(null));
            cards.add(c);
        }
        ctx.header("Cache-Control", "no-store");
        reply.ok(ctx, o);
    }

    private void show(Context ctx) {
        reply.ok(ctx, withPage(ctx, practice(ctx).show(Ids.parse("card", ctx.pathParam("id")))));
    }

    /** Beyond the contract, what the review page shows: answer and stem as sanitized HTML and the follow-ups' prompts. */
    private Practice practice(Context ctx) {
        return useCases.of(ctx).practice();
    }

    private ObjectNode withPage(Context ctx, NextCard next) {
        return withPage(ctx, next, practice(ctx).flaggedCards());
    }

    private ObjectNode withPage(Context ctx, NextCard next, java.util.Set<Long> flagged) {
        Knowledge knowledge = useCases.of(ctx).knowledge();
        ObjectNode o = json.nextCard(next);
        long cardId = next.card().id();
        o.put("flagged", flagged.contains(cardId));
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
        JsonNode given = body.get("answered_at");
        if (given == null || given.isNull()) {
            reply.ok(ctx, json.reviewReceipt(practice(ctx).answer(card, (int) rating, key.asText(), duration)));
            return;
        }
        // an answer given offline on a device, sent when the connection came back: scheduled at the time it was given
        java.time.Instant at;
        try {
            at = java.time.Instant.parse(given.asText());
        } catch (java.time.format.DateTimeParseException e) {
            throw HttpProblem.badRequest("answered_at must be an ISO-8601 UTC time such as 2026-01-31T08:15:00Z, got " + given);
        }
        reply.ok(ctx, json.reviewReceipt(practice(ctx).answerGivenAt(card, (int) rating, key.asText(), duration, at)));
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
