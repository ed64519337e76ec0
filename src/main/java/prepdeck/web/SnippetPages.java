package prepdeck.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import prepdeck.app.CheckSnippets;
import prepdeck.app.InvalidInputException;
import prepdeck.app.NotFoundException;
import prepdeck.app.SnippetCheck;
import prepdeck.app.SnippetReport;
import prepdeck.contract.ContractJson;
import prepdeck.contract.SnippetJson;
import prepdeck.snippets.RunOutput;
import prepdeck.web.view.FixturesView;
import prepdeck.web.view.SnippetRunView;
import prepdeck.web.view.SnippetsPage;

/**
 * The Snippets page ("Check all"), "Run" under each snippet of a card page, a card's fixtures, and the
 * same as JSON under /api. A snippet's output is untrusted: it only ever reaches templates as values
 * (escaped by jte) and JSON strings.
 */
final class SnippetPages {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final RequestUseCases.Resolver useCases;
    private final HtmlReply html;
    private final JsonReply reply;
    private final SnippetJson json;

    SnippetPages(RequestUseCases.Resolver useCases, HtmlReply html, JsonReply reply, ContractJson json) {
        this.useCases = useCases;
        this.html = html;
        this.reply = reply;
        this.json = new SnippetJson(json);
    }

    void addTo(RoutesConfig routes) {
        routes.get("/snippets", ctx -> html.ok(ctx, "snippets.jte",
                page(ctx, useCases.of(ctx).snippets().flatMap(CheckSnippets::lastReport), Optional.empty())));
        routes.post("/snippets/check", this::checkAll);
        routes.post("/cards/{id}/snippets/{n}/run", this::run);
        routes.get("/cards/{id}/fixtures", ctx -> fixtures(ctx, 200, Optional.empty(), Optional.empty(), "", ""));
        routes.post("/cards/{id}/fixtures", this::attach);
        routes.post("/cards/{id}/fixtures/remove", this::remove);
        routes.get("/api/snippets", this::lastOrCheck);
        routes.post("/api/snippets/check", ctx -> reply.ok(ctx, json.checks(checker(ctx).checkAll().checks())));
        routes.post("/api/cards/{id}/snippets/{n}/run", ctx -> reply.ok(ctx, json.run(runSnippet(ctx))));
        routes.get("/api/cards/{id}/fixtures", ctx -> reply.ok(ctx, json.fixtures(call(() -> checker(ctx).fixtures(cardId(ctx))))));
    }

    /** The deck's checks (its last report is the deck's, whoever asks), as this request's user may use them. */
    private CheckSnippets checker(Context ctx) {
        return useCases.of(ctx).snippets().orElseThrow(() -> new HttpProblem(503, "this server was started without snippet checking"));
    }

    /**
     * The deck's last report; with none yet, a check now if this user may start one, else no checks (a learner
     * reads the owner's report and starts no whole-deck check).
     */
    private void lastOrCheck(Context ctx) {
        CheckSnippets checker = checker(ctx);
        var report = checker.lastFullReport().or(() -> checker.mayCheckAll() ? Optional.of(checker.checkAll()) : checker.lastReport());
        reply.ok(ctx, json.checks(report.map(SnippetReport::checks).orElse(List.of())));
    }

    private void checkAll(Context ctx) {
        var report = checker(ctx).checkAll();
        html.ok(ctx, "snippets.jte", page(ctx, Optional.of(report), Optional.empty()));
    }

    private void run(Context ctx) {
        SnippetCheck check;
        try {
            check = runSnippet(ctx);
        } catch (HttpProblem p) {
            html.send(ctx, p.status(), "partials/snippet_run.jte", new SnippetRunView(0, 0, "error", p.getMessage(), "", "",
                    Optional.empty(), "", "", ""));
            return;
        }
        html.ok(ctx, "partials/snippet_run.jte", runView(check));
    }

    private SnippetCheck runSnippet(Context ctx) {
        long card = cardId(ctx);
        int index = (int) Math.min(Integer.MAX_VALUE, indexParam(ctx));
        return call(() -> checker(ctx).run(card, index));
    }

    private void attach(Context ctx) {
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
        String content = Optional.ofNullable(ctx.formParam("content")).orElse("").replace("\r\n", "\n");
        long card = cardId(ctx);
        try {
            call(() -> {
                checker(ctx).attachFixture(card, name, content);
                return null;
            });
        } catch (HttpProblem p) {
            fixtures(ctx, p.status(), Optional.of(p.getMessage()), Optional.empty(), name, content);
            return;
        }
        fixtures(ctx, 200, Optional.empty(), Optional.of("Attached " + name + ". Run the snippets again to use it."), "", "");
    }

    private void remove(Context ctx) {
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("");
        long card = cardId(ctx);
        try {
            call(() -> {
                checker(ctx).removeFixture(card, name);
                return null;
            });
        } catch (HttpProblem p) {
            fixtures(ctx, p.status(), Optional.of(p.getMessage()), Optional.empty(), "", "");
            return;
        }
        fixtures(ctx, 200, Optional.empty(), Optional.of("Removed " + name + "."), "", "");
    }

    private void fixtures(Context ctx, int status, Optional<String> error, Optional<String> notice, String name, String content) {
        long card = cardId(ctx);
        var items = call(() -> checker(ctx).fixtures(card)).stream().map(f -> new FixturesView.Item(f.name(), f.bytes())).toList();
        html.send(ctx, status, "partials/fixtures.jte",
                new FixturesView(card, items, error, notice, name, content, CheckSnippets.MAX_FIXTURE_BYTES / 1024,
                        useCases.of(ctx).principal().role().mayEditNotes()));
    }

    /** The use cases' "no such card" and "bad value" as 404 and 400. */
    private static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (NotFoundException e) {
            throw HttpProblem.notFound(e.getMessage());
        } catch (InvalidInputException e) {
            throw HttpProblem.badRequest(e.getMessage());
        }
    }

    private static long cardId(Context ctx) {
        return Ids.parse("card", ctx.pathParam("id"));
    }

    private static long indexParam(Context ctx) {
        String raw = ctx.pathParam("n");
        if (raw.equals("0")) return 0;
        return Ids.parse("snippet", raw);
    }

    private SnippetsPage page(Context ctx, Optional<SnippetReport> report, Optional<String> error) {
        var snippets = useCases.of(ctx).snippets();
        var groups = new LinkedHashMap<String, List<SnippetsPage.Row>>();
        var checked = new java.util.HashSet<String>();
        if (report.isPresent()) {
            for (var c : report.get().checks()) {
                var r = c.result();
                var detail = split(r.detail());
                var diff = r.status() == prepdeck.snippets.Status.DIFFERS ? prepdeck.snippets.SnippetDiff.of(r.detail()) : Optional.<prepdeck.snippets.SnippetDiff>empty();
                checked.add(c.card() + ":" + c.index());
                groups.computeIfAbsent(c.source(), k -> new ArrayList<>())
                        .add(new SnippetsPage.Row(c.card(), c.prompt(), c.index(), r.line(), r.status().code(),
                                diff.map(prepdeck.snippets.SnippetDiff::firstLine).orElse(detail[0]), diff.isPresent() ? "" : detail[1], diff));
            }
        }
        {
            for (var card : useCases.of(ctx).knowledge().cardsWithSnippets()) {
                for (int i = 0; i < card.snippets().size(); i++) {
                    if (checked.contains(card.id() + ":" + i)) continue;
                    groups.computeIfAbsent(card.source(), k -> new ArrayList<>()).add(new SnippetsPage.Row(card.id(), card.prompt(), i,
                            card.snippets().get(i).line(), "unchecked", "not checked yet", ""));
                }
            }
        }
        int total = groups.values().stream().mapToInt(List::size).sum();
        var isolation = report.map(r -> switch (r.isolation()) {
                    case FILESYSTEM -> "Each run had its own kernel sandbox: it saw only the Python runtime, its own folder and fixtures;"
                            + " no network, no other files, limits on time, memory, processes and output.";
                    case NAMESPACES -> "Weaker isolation on this machine (no bubblewrap): each run had no network and could not write"
                            + " outside its folder, but it could read every file the user running prepdeck can read.";
                    case GUARDS -> "This machine gave no kernel sandbox, so runs had Python-level guards and limits on time, memory and"
                            + " output only, and could read every file the user running prepdeck can read.";
                })
                .orElse("Each snippet runs in a sandbox with limits on time (5 s), memory, processes and output.");
        return new SnippetsPage(snippets.isPresent(), total, report.map(SnippetReport::summary),
                report.map(r -> WHEN.format(r.checkedAt()) + ", took " + seconds(r.took().toMillis())), isolation,
                groups.entrySet().stream().map(e -> new SnippetsPage.SourceGroup(e.getKey(), e.getValue())).toList(), error,
                snippets.flatMap(SnippetPages::checkAllNotOffered), snippets.map(c -> c.codeRefused().isEmpty()).orElse(false));
    }

    /** Why this user is not offered a whole-deck check (the server refuses it regardless), in the page's words. */
    static Optional<String> checkAllNotOffered(CheckSnippets checks) {
        if (checks.codeRefused().isPresent()) return Optional.of(sentence(checks.codeRefused().get()));
        if (!checks.mayCheckAll()) {
            return Optional.of("Only the deck's owner checks every snippet at once, and the results below are theirs."
                    + " You can run any snippet yourself: open its card and press Run.");
        }
        return Optional.empty();
    }

    /** A use case's message ("the snippets of …") as a sentence on a page. */
    static String sentence(String message) {
        if (message.isEmpty()) return message;
        String s = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return s.endsWith(".") ? s : s + ".";
    }

    static SnippetRunView runView(SnippetCheck c) {
        var r = c.result();
        var detail = split(r.detail());
        var run = r.run();
        var diff = r.status() == prepdeck.snippets.Status.DIFFERS ? prepdeck.snippets.SnippetDiff.of(r.detail()) : Optional.<prepdeck.snippets.SnippetDiff>empty();
        String traceback = run.flatMap(RunOutput::error).map(e -> e.traceback().strip()).orElse("");
        return new SnippetRunView(c.card(), c.index(), r.status().code(), diff.map(prepdeck.snippets.SnippetDiff::firstLine).orElse(detail[0]),
                // the traceback is shown on its own; do not repeat it under the verdict (nor a diff shown as columns)
                diff.isPresent() ? "" : traceback.isEmpty() ? detail[1] : detail[1].replace(traceback, "").strip(),
                run.map(RunOutput::stdout).orElse(""), run.flatMap(RunOutput::display), run.map(RunOutput::stderr).orElse(""),
                traceback, run.map(o -> seconds(o.elapsed().toMillis())).orElse(""), diff);
    }

    private static String[] split(String detail) {
        int nl = detail.indexOf('\n');
        return nl < 0 ? new String[] {detail, ""} : new String[] {detail.substring(0, nl), detail.substring(nl + 1)};
    }

    private static String seconds(long ms) {
        return String.format(java.util.Locale.ROOT, "%.2f s", ms / 1000.0);
    }
}
