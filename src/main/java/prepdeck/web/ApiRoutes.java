package prepdeck.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import prepdeck.app.CardQuery;
import prepdeck.app.SearchSyntaxException;
import prepdeck.contract.ContractJson;

/** The JSON API of the CLI contract: the same shapes as the CLI's {@code --json}. */
final class ApiRoutes {
    /** The time /api/gaps spends looking for covering cards it has not found before. */
    static final java.time.Duration API_LINKS_BUDGET = java.time.Duration.ofMillis(800);

    private final RequestUseCases.Resolver useCases;
    private final Importer importer;
    private final ContractJson json;
    private final JsonReply reply;

    ApiRoutes(RequestUseCases.Resolver useCases, Importer importer, ContractJson json) {
        this.useCases = useCases;
        this.importer = importer;
        this.json = json;
        this.reply = new JsonReply(json);
    }

    void addTo(RoutesConfig routes) {
        routes.get("/api/health", ctx -> reply.ok(ctx, json.mapper().createObjectNode().put("status", "ok")));
        routes.get("/api/stats", ctx -> reply.ok(ctx, json.stats(useCases.of(ctx).knowledge().stats())));
        routes.get("/api/topics", ctx -> {
            var paging = ApiPaging.of(ctx);
            var page = prepdeck.app.Slice.of(useCases.of(ctx).knowledge().topics(), paging.offset(), paging.limit());
            paging.describe(ctx, page.total());
            reply.ok(ctx, json.topics(page.items()));
        });
        routes.get("/api/cards", this::cards);
        routes.get("/api/cards/{id}", this::card);
        routes.get("/api/gaps", ctx -> {
            var u = useCases.of(ctx);
            var paging = ApiPaging.of(ctx, GapPages.GAPS_PER_PAGE, 1_000);
            var page = u.knowledge().gaps(paging.offset(), paging.limit());
            paging.describe(ctx, page.total());
            // links not found within the budget come with "related_pending": true; asking again finds them
            reply.ok(ctx, json.gaps(u.search().withRelatedWithin(page.items(), GapPages.RELATED_PER_GAP, API_LINKS_BUDGET)));
        });
        routes.get("/api/search", this::search);
        routes.post("/api/import", this::importPaths);
    }

    private void cards(Context ctx) {
        var query = new CardQuery(param(ctx, "source"), param(ctx, "topic"), false);
        var paging = ApiPaging.of(ctx);
        var page = useCases.of(ctx).knowledge().cards(query, paging.offset(), paging.limit());
        paging.describe(ctx, page.total());
        reply.ok(ctx, json.cards(page.items()));
    }

    private void search(Context ctx) {
        String q = param(ctx, "q").orElseThrow(() -> HttpProblem.badRequest("expected ?q=… (the query)"));
        int limit = param(ctx, "limit").map(l -> Ids.parseCount("limit", l)).orElse(SearchPages.LIMIT);
        try {
            reply.ok(ctx, json.searchHits(useCases.of(ctx).search().searchWithin(q, limit, SearchPages.BUILD_BUDGET)));
        } catch (SearchSyntaxException e) {
            throw HttpProblem.badRequest("bad query: " + e.getMessage());
        }
    }

    private void card(Context ctx) {
        long id = Ids.parse("card", ctx.pathParam("id"));
        var card = useCases.of(ctx).knowledge().card(id).orElseThrow(() -> HttpProblem.notFound("no card " + id));
        reply.ok(ctx, json.card(card));
    }

    private void importPaths(Context ctx) {
        var u = useCases.of(ctx);
        u.noteImport().requireAllowed();
        JsonNode body;
        try {
            body = json.mapper().readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw HttpProblem.notJson(e);
        }
        JsonNode paths = body == null ? null : body.get("paths");
        if (paths == null || !paths.isArray() || paths.isEmpty()) {
            throw HttpProblem.badRequest("expected {\"paths\": [\"file or folder\", …]} with at least one path");
        }
        var resolved = new ArrayList<Path>();
        for (JsonNode p : paths) {
            if (!p.isTextual() || p.asText().isBlank()) throw HttpProblem.badRequest("every path must be a non-empty string, got " + p);
            resolved.add(importer.existing(ctx, p.asText()));
        }
        reply.ok(ctx, json.importReport(importer.run(u, List.copyOf(resolved))));
    }

    private static Optional<String> param(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
    }
}
