package prepdeck.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import prepdeck.app.InvalidInputException;
import prepdeck.app.Practice;
import prepdeck.web.view.ReviewPage;

/**
 * The review page. The page itself is a frame (topic picker, new-card limit, the card's place);
 * {@code review.js} fills it from the practice API, so the browser and any other client take the same path.
 */
final class ReviewPages {
    private final RequestUseCases.Resolver useCases;
    private final HtmlReply html;

    ReviewPages(RequestUseCases.Resolver useCases, HtmlReply html) {
        this.useCases = useCases;
        this.html = html;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/review", this::page);
        routes.post("/review/settings", this::settings);
    }

    private void page(Context ctx) {
        Optional<String> topic = Optional.ofNullable(ctx.queryParam("topic")).map(String::strip).filter(s -> !s.isEmpty());
        Practice practice = useCases.of(ctx).practice();
        var topics = useCases.of(ctx).knowledge().topics();
        if (topic.isPresent() && topics.stream().noneMatch(t -> t.path().equals(topic.get()))) {
            throw HttpProblem.notFound("no topic '" + topic.get() + "'");
        }
        html.ok(ctx, "review.jte", new ReviewPage(topic, TopicPicker.choices(topics, topic, TopicPicker.MAX), practice.newCardsPerDay(), topics.size(),
                ReviewPage.totals(topics)));
    }

    /** The new-card limit form works without script: it posts here and comes back. */
    private void settings(Context ctx) {
        String raw = Optional.ofNullable(ctx.formParam("new_per_day")).orElse("").strip();
        try {
            useCases.of(ctx).practice().setNewCardsPerDay(Integer.parseInt(raw));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("the daily new-card limit must be a whole number, got '" + raw + "'");
        }
        String topic = Optional.ofNullable(ctx.formParam("topic")).orElse("").strip();
        ctx.redirect(topic.isEmpty() ? "/review" : "/review?topic=" + URLEncoder.encode(topic, StandardCharsets.UTF_8), io.javalin.http.HttpStatus.SEE_OTHER);
    }
}
