package prepdeck.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import prepdeck.app.NoteWatch;
import prepdeck.contract.ContractJson;

/**
 * {@code GET /api/changes}: the deck's change number and, where {@code serve} watches the notes, the last re-import.
 * Card and topic pages ask every few seconds and reload when the number moved (app.js).
 */
final class NoteChanges {
    private final RequestUseCases.Resolver useCases;
    private final Optional<NoteWatch> watch;
    private final ContractJson json;
    private final JsonReply reply;

    NoteChanges(RequestUseCases.Resolver useCases, Optional<NoteWatch> watch, ContractJson json) {
        this.useCases = useCases;
        this.watch = watch;
        this.json = json;
        this.reply = new JsonReply(json);
    }

    void addTo(RoutesConfig routes) {
        routes.get("/api/changes", this::changes);
    }

    /** {"version": N, "watching": bool, "reimport": {"at", "paths", "sources_read", "failed", "problems"} or null} */
    private void changes(Context ctx) {
        var body = json.mapper().createObjectNode();
        body.put("version", useCases.of(ctx).knowledge().changeVersion());
        body.put("watching", watch.isPresent());
        var last = watch.flatMap(NoteWatch::last);
        if (last.isEmpty()) {
            body.putNull("reimport");
        } else {
            var o = last.get();
            var r = body.putObject("reimport");
            r.put("at", o.at().toString());
            var paths = r.putArray("paths");
            o.paths().forEach(paths::add);
            r.put("sources_read", o.sourcesRead());
            r.put("failed", o.failed());
            var problems = r.putArray("problems");
            o.problems().forEach(problems::add);
        }
        ctx.header("Cache-Control", "no-store");
        reply.ok(ctx, body);
    }
}
