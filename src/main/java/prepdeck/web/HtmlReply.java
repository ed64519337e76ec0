package prepdeck.web;

import io.javalin.http.Context;

/** Renders a template with its one model parameter, named "page", as the response. */
final class HtmlReply {
    private final Templates templates;

    HtmlReply(Templates templates) {
        this.templates = templates;
    }

    void send(Context ctx, int status, String template, Object page) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(templates.render(template, "page", page));
    }

    void ok(Context ctx, String template, Object page) {
        send(ctx, 200, template, page);
    }
}
