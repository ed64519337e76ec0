package prepdeck.web;

import io.javalin.http.Context;
import java.util.function.Function;
import prepdeck.web.view.Viewer;

/**
 * Renders a template with its one model parameter, named "page", as the response; and "viewer", who looks at
 * it, which the pages hand on to the layout's header.
 */
final class HtmlReply {
    private final Templates templates;
    private final Function<Context, Viewer> viewer;

    HtmlReply(Templates templates, Function<Context, Viewer> viewer) {
        this.templates = templates;
        this.viewer = viewer;
    }

    void send(Context ctx, int status, String template, Object page) {
        ctx.status(status).contentType("text/html; charset=utf-8")
                .result(templates.render(template, java.util.Map.of("page", page, "viewer", viewer.apply(ctx))));
    }

    void ok(Context ctx, String template, Object page) {
        send(ctx, 200, template, page);
    }
}
