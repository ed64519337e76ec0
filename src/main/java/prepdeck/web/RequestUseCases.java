package prepdeck.web;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import prepdeck.app.CardSearch;
import prepdeck.app.CheckSnippets;
import prepdeck.app.ExportApkg;
import prepdeck.app.Knowledge;
import prepdeck.app.MockInterviews;
import prepdeck.app.NoteImport;
import prepdeck.app.Practice;
import prepdeck.app.Principal;
import prepdeck.app.UseCases;

/**
 * The use cases one request works with: those of whoever sent it, about their deck. Pages and API routes
 * ask for them per request ({@link Resolver#of}) and keep none, so one server serves many users.
 */
record RequestUseCases(Principal principal, Knowledge knowledge, NoteImport noteImport, Practice practice, CardSearch search,
                       Optional<CheckSnippets> snippets, Optional<MockInterviews> interviews, Optional<ExportApkg> exporter,
                       Optional<prepdeck.app.InterviewPlanning> planning) {
    RequestUseCases {
        Objects.requireNonNull(principal);
        Objects.requireNonNull(knowledge);
        Objects.requireNonNull(noteImport);
        Objects.requireNonNull(practice);
        Objects.requireNonNull(search);
        Objects.requireNonNull(snippets);
        Objects.requireNonNull(interviews);
        Objects.requireNonNull(exporter);
        Objects.requireNonNull(planning);
    }

    static RequestUseCases of(Principal principal, UseCases u) {
        return new RequestUseCases(principal, u.knowledge(), u.importNotes(), u.practice(), u.search(), Optional.of(u.snippets()),
                Optional.of(u.interviews()), Optional.of(u.exportApkg()), Optional.of(u.planning()));
    }

    /** Finds a request's use cases; resolves each request once and keeps the answer on it. */
    @FunctionalInterface
    interface Resolver {
        String ATTRIBUTE = "prepdeck.useCases";

        RequestUseCases resolve(Context ctx);

        default RequestUseCases of(Context ctx) {
            RequestUseCases known = ctx.attribute(ATTRIBUTE);
            if (known != null) return known;
            RequestUseCases resolved = resolve(ctx);
            ctx.attribute(ATTRIBUTE, resolved);
            return resolved;
        }
    }
}
