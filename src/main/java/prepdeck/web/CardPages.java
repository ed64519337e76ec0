package prepdeck.web;

import prepdeck.web.markdown.SafeHtml;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import prepdeck.app.CardView;
import prepdeck.app.Knowledge;
import prepdeck.knowledge.Reference;
import prepdeck.knowledge.Snippet;
import prepdeck.web.markdown.MarkdownRenderer;
import prepdeck.web.view.CardLink;
import prepdeck.web.view.CardPage;
import prepdeck.web.view.ReferenceLine;

/** The page of one card, and its answer alone for the "show answer" buttons of topic pages. */
final class CardPages {
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_+#.-]{1,40}");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://\\S+");

    private final RequestUseCases.Resolver useCases;
    private final MarkdownRenderer markdown;
    private final HtmlReply html;

    private final Optional<EditorLink> editor;

    CardPages(RequestUseCases.Resolver useCases, MarkdownRenderer markdown, HtmlReply html, Optional<EditorLink> editor) {
        this.useCases = useCases;
        this.editor = editor;
        this.markdown = markdown;
        this.html = html;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/cards/{id}", this::card);
        routes.get("/cards/{id}/answer", this::answer);
        routes.post("/cards/{id}/mark", this::mark);
        routes.post("/api/cards/{id}/marks", this::markApi);
    }

    private void card(Context ctx) {
        CardView card = find(ctx);
        Knowledge knowledge = useCases.of(ctx).knowledge();
        var topic = knowledge.topics().stream().filter(t -> t.path().equals(card.topic())).findFirst();
        var parent = card.parent().flatMap(knowledge::card).map(CardPages::link);
        var followUps = card.followUps().stream().flatMap(id -> knowledge.card(id).stream()).map(CardPages::link).toList();
        var snippets = card.snippets().stream().map(CardPages::snippet).toList();
        var references = card.references().stream().map(CardPages::reference).toList();
        html.ok(ctx, "card.jte", new CardPage(card, markdown.render(card.answer()), topic,
                parent, followUps, snippets, references,
                // no Run button that would only be refused
                useCases.of(ctx).snippets().flatMap(prepdeck.app.CheckSnippets::codeRefused).map(SnippetPages::sentence),
                coveredBy(ctx, knowledge, card), practice(ctx, card),
                editor.flatMap(e -> knowledge.sourceFile(card.source()).map(file -> e.href(file, card.line()))),
                card.hasStem() ? markdown.render(card.stem()) : SafeHtml.NONE));
    }

    /** History, due date, recall and marks; none for a gap, which is never practised. */
    private Optional<CardPage.Practice> practice(Context ctx, CardView card) {
        if (card.status() == prepdeck.knowledge.CardStatus.GAP) return Optional.empty();
        var uc = useCases.of(ctx);
        prepdeck.app.CardHistory history;
        try {
            history = uc.practice().history(card.id());
        } catch (prepdeck.app.NotFoundException e) {
            return Optional.empty(); // a practice over other cards than the knowledge's (tests bring their own)
        }
        var days = java.util.stream.IntStream.range(0, history.recallByDay().size()).mapToObj(i -> history.firstDay().plusDays(i)).toList();
        String chart = history.recallByDay().isEmpty() ? "" : SvgChart.recallLines("card-recall", "Predicted recall of this card",
                "FSRS probability of recalling this card at the end of each day from " + history.firstDay() + " to "
                        + days.getLast() + ", from its answers (undone ones left out) and the weights in use; each answer resets it.",
                days, List.of(new SvgChart.Series("recall", "series-1", history.recallByDay())), "Predicted recall");
        var status = new java.util.HashMap<Integer, prepdeck.app.SnippetCheck>();
        uc.snippets().flatMap(s -> s.lastCheckOf(card.id())).ifPresent(checks -> checks.forEach(c -> status.put(c.index(), c)));
        return Optional.of(new CardPage.Practice(history, chart, history.today(), status));
    }

    /** The card page's Suspend / Bury / Flag buttons (and their undoing) post here and come back. */
    private void mark(Context ctx) {
        long id = Ids.parse("card", ctx.pathParam("id"));
        useCases.of(ctx).practice().mark(id, prepdeck.app.CardMark.Change.of(ctx.formParam("change")));
        ctx.redirect("/cards/" + id + "#practice", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** {"change": "suspend"} → the card's marks after, for the review page's keys. */
    private void markApi(Context ctx) {
        long id = Ids.parse("card", ctx.pathParam("id"));
        String change;
        try {
            var body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ctx.body());
            change = body != null && body.hasNonNull("change") ? body.get("change").asText() : "";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw HttpProblem.notJson(e);
        }
        var m = useCases.of(ctx).practice().mark(id, prepdeck.app.CardMark.Change.of(change));
        ctx.contentType("application/json").result("{\"card\":" + m.cardId() + ",\"suspended\":" + m.suspended()
                + ",\"buried_until\":" + (m.buriedUntil().equals(java.time.Instant.EPOCH) ? "null" : "\"" + m.buriedUntil() + "\"")
                + ",\"flagged\":" + m.flagged() + "}");
    }

    /** For a gap, the cards elsewhere in the notes that cover it (as on /gaps, kept per version of the index). */
    private List<CardLink> coveredBy(Context ctx, Knowledge knowledge, CardView card) {
        if (card.status() != prepdeck.knowledge.CardStatus.GAP) return List.of();
        var gap = List.of(new prepdeck.app.GapView(card.id(), card.prompt(), card.kind(), card.topic(), card.source(), card.line(), List.of()));
        // while the index is first built, the page shows the gap without its covering cards rather than wait
        return useCases.of(ctx).search().withRelatedWithin(gap, GapPages.RELATED_PER_GAP, GapPages.LINKS_BUDGET).gaps().getFirst().related().stream()
                .flatMap(id -> knowledge.card(id).stream()).map(CardPages::link).toList();
    }

    private void answer(Context ctx) {
        CardView card = find(ctx);
        html.ok(ctx, "partials/answer.jte", new CardPage(card, markdown.render(card.answer()), Optional.empty(),
                Optional.empty(), List.of(), List.of(), List.of()));
    }

    private CardView find(Context ctx) {
        long id = Ids.parse("card", ctx.pathParam("id"));
        return useCases.of(ctx).knowledge().card(id).orElseThrow(() -> HttpProblem.notFound("no card " + id));
    }

    private static CardLink link(CardView card) {
        return new CardLink(card.id(), card.prompt(), card.status());
    }

    private static CardPage.Snippet snippet(Snippet s) {
        String language = s.language().strip();
        String cssClass = LANGUAGE.matcher(language).matches() ? "language-" + language.toLowerCase(Locale.ROOT) : "";
        return new CardPage.Snippet(cssClass, language, s.code(), s.expectedOutput(), s.line());
    }

    /** Lecture time codes read "video 12.02.24 at 1:35:00 — label"; only web addresses become links. */
    static ReferenceLine reference(Reference reference) {
        return switch (reference) {
            case Reference.Link l -> new ReferenceLine(l.url(),
                    WEB_ADDRESS.matcher(l.url()).matches() ? Optional.of(l.url()) : Optional.empty(), l.line());
            case Reference.TimeCode t -> new ReferenceLine(
                    t.video() + " at " + t.clock() + (t.label().isBlank() ? "" : " — " + t.label().strip()),
                    Optional.empty(), t.line());
        };
    }
}
