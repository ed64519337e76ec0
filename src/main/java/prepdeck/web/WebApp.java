package prepdeck.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import prepdeck.app.CardSearch;
import prepdeck.app.CheckSnippets;
import prepdeck.app.ConflictException;
import prepdeck.app.DeckRole;
import prepdeck.app.InvalidInputException;
import prepdeck.app.MockInterviews;
import prepdeck.app.Knowledge;
import prepdeck.app.NotFoundException;
import prepdeck.app.NoteImport;
import prepdeck.app.Practice;
import prepdeck.app.PrepdeckException;
import prepdeck.app.Principal;
import prepdeck.app.StoreUnavailableException;
import prepdeck.app.UseCases;
import prepdeck.app.Workspaces;
import prepdeck.contract.ContractJson;
import prepdeck.web.markdown.MarkdownRenderer;
import prepdeck.web.view.ErrorPage;

/**
 * The web adapter: server-rendered pages over the knowledge map and the JSON API of the CLI
 * contract. Build one with its dependencies, then {@link #start(String, int)} it. Pages and routes hold no use
 * cases: each request finds its own, those of whoever sent it ({@link Identity}), through {@link Workspaces}.
 */
public final class WebApp {
    /** The gaps on the first page of /gaps and the cards linked to each: what a server warms before the first view. */
    public static final int GAPS_ON_FIRST_PAGE = GapPages.GAPS_PER_PAGE, CARDS_PER_GAP = GapPages.RELATED_PER_GAP;

    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
    static final long MAX_FILE_MEGABYTES = 20;
    static final long MAX_REQUEST_MEGABYTES = 100;

    /** Single-user mode's one principal; its ids only key per-deck state here (the use cases are the same for any). */
    static final Principal LOCAL = new Principal(1, "local", 1, DeckRole.OWNER);

    private final Workspaces workspaces;
    private final Identity identity;
    private final ContractJson json;
    private final Clock clock;
    private final Path dataDir;
    // single-user use cases given one by one (tests give their own Knowledge and NoteImport); null with workspaces
    private final Knowledge knowledge;
    private final NoteImport noteImport;
    private final Practice practice;
    private CardSearch search = CardSearch.NONE;
    private CheckSnippets snippets;
    private MockInterviews interviews;
    private prepdeck.app.ExportApkg exporter;

    /**
     * One server for many users: each request's use cases are {@code workspaces.of(identity.of(ctx))}.
     *
     * @param dataDir the data folder; uploads are kept under {@code uploads/} in it while imported
     */
    public WebApp(Workspaces workspaces, Identity identity, ContractJson json, Clock clock, Path dataDir) {
        this.workspaces = Objects.requireNonNull(workspaces);
        this.identity = Objects.requireNonNull(identity);
        this.json = Objects.requireNonNull(json);
        this.clock = Objects.requireNonNull(clock);
        this.dataDir = Objects.requireNonNull(dataDir);
        this.knowledge = null;
        this.noteImport = null;
        this.practice = null;
    }

    /** Single-user mode: the local user's use cases for every request, no login. */
    public static WebApp singleUser(UseCases useCases, ContractJson json, Clock clock, Path dataDir) {
        return new WebApp(Workspaces.single(useCases), Identity.local(LOCAL), json, clock, dataDir);
    }

    /**
     * Single-user mode from parts, for tests that bring their own; add the optional ones with the {@code with…} methods.
     *
     * @param dataDir the user's data folder; uploads are kept under {@code uploads/} in it while imported
     */
    public WebApp(Knowledge knowledge, NoteImport noteImport, Practice practice, ContractJson json, Clock clock, Path dataDir) {
        this.workspaces = null;
        this.identity = Identity.local(LOCAL);
        this.knowledge = Objects.requireNonNull(knowledge);
        this.noteImport = Objects.requireNonNull(noteImport);
        this.practice = Objects.requireNonNull(practice);
        this.json = Objects.requireNonNull(json);
        this.clock = Objects.requireNonNull(clock);
        this.dataDir = Objects.requireNonNull(dataDir);
    }

    /** Adds search: the box in every page's header, {@code /api/search}, and the cards listed under each gap. */
    public WebApp withSearch(CardSearch search) {
        this.search = Objects.requireNonNull(search);
        return this;
    }

    /** Adds the Snippets page, the card pages' "Run" buttons and fixtures, and the snippet API. */
    public WebApp withSnippets(CheckSnippets snippets) {
        this.snippets = Objects.requireNonNull(snippets);
        return this;
    }

    /** Adds {@code /export.apkg}: the deck, or {@code ?topic=PATH} of it, as an Anki package to download. */
    public WebApp withExport(prepdeck.app.ExportApkg exporter) {
        this.exporter = Objects.requireNonNull(exporter);
        return this;
    }

    /** Adds mock interviews: {@code /interview}, its history, reports, Markdown export and API. */
    public WebApp withInterviews(MockInterviews interviews) {
        this.interviews = Objects.requireNonNull(interviews);
        return this;
    }

    private Optional<prepdeck.app.NoteWatch> noteWatch = Optional.empty();
    private Optional<EditorLink> editor = Optional.empty();

    /** Single-user mode: the watch that re-imports changed notes; {@code /api/changes} tells pages its last outcome. */
    public WebApp withNoteWatch(prepdeck.app.NoteWatch watch) {
        this.noteWatch = Optional.of(watch);
        return this;
    }

    /** Single-user mode: "Open in editor" on card and gap pages, through the user's own URL template. */
    public WebApp withEditorLink(Optional<EditorLink> editor) {
        this.editor = Objects.requireNonNull(editor);
        return this;
    }

    /** Where each request's use cases come from. */
    private RequestUseCases.Resolver resolver() {
        if (workspaces != null) return ctx -> {
            Principal principal = identity.of(ctx);
            return RequestUseCases.of(principal, workspaces.of(principal));
        };
        var fixed = new RequestUseCases(LOCAL, knowledge, noteImport, practice, search, java.util.Optional.ofNullable(snippets),
                java.util.Optional.ofNullable(interviews), java.util.Optional.ofNullable(exporter), java.util.Optional.empty());
        return ctx -> fixed;
    }

    private prepdeck.app.Accounts accounts;
    private java.security.SecureRandom random;
    private boolean behindHttpsProxy;

    /**
     * Server mode: {@code /login}, {@code /signup}, {@code /logout}, {@code /account}, and a guard that asks every
     * other request for a session and every change for the session's CSRF token ({@link AccountRoutes}).
     *
     * @param behindHttpsProxy reached through a proxy that terminates HTTPS: cookies are Secure and the
     *                         client's address is the last X-Forwarded-For hop
     */
    public WebApp withAccounts(prepdeck.app.Accounts accounts, java.security.SecureRandom random, boolean behindHttpsProxy) {
        this.accounts = Objects.requireNonNull(accounts);
        this.random = Objects.requireNonNull(random);
        this.behindHttpsProxy = behindHttpsProxy;
        return this;
    }

    private prepdeck.accounts.LanPairing lanPairing;
    private String lanAddress;

    /**
     * Single-user mode on the local network ({@code serve --lan}): requests from other machines need a paired device's
     * token, which a phone gets by opening the pairing link ({@link LanPages}); requests from this machine pass as before.
     *
     * @param lanAddress the address phones reach this computer at, for the pairing link
     */
    public WebApp withLan(prepdeck.accounts.LanPairing pairing, String lanAddress) {
        if (accounts != null) throw new IllegalStateException("--lan is for single-user mode; server mode has accounts");
        this.lanPairing = Objects.requireNonNull(pairing);
        this.lanAddress = Objects.requireNonNull(lanAddress);
        return this;
    }

    /**
     * Starts listening.
     *
     * @param host "127.0.0.1" for this machine only (then requests must also name a loopback host)
     * @param port 0 for any free port
     */
    public RunningServer start(String host, int port) {
        Path uploadRoot = dataDir.resolve("uploads");
        Path partsCache = uploadRoot.resolve("incoming");
        try {
            Files.createDirectories(partsCache);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + partsCache, e);
        }
        var useCases = resolver();
        var templates = new Templates();
        var html = new HtmlReply(templates, ctx -> viewer(useCases, ctx));
        var reply = new JsonReply(json);
        // on a server, only its admin names folders on it to import; others upload
        var importer = accounts == null ? new Importer()
                : new Importer(ctx -> SessionCookies.current(ctx).map(prepdeck.app.Accounts.Session::admin).orElse(false));
        // the Host check keeps other sites out of a login-free server on this machine (DNS rebinding); with
        // accounts, a rebound name carries no session cookie, and a proxy in front names the public host
        var hosts = accounts != null ? RequestGuard.Hosts.ANY
                : lanPairing != null ? RequestGuard.Hosts.LOOPBACK_NAMES_OR_ADDRESSES
                : isLoopback(host) ? RequestGuard.Hosts.LOOPBACK_NAMES : RequestGuard.Hosts.ANY;
        var guard = new RequestGuard(hosts,
                accounts == null ? Optional.of(new prepdeck.accounts.Secrets(random != null ? random : new java.security.SecureRandom()).token()) : Optional.empty());
        var assets = new Assets();
        var markdown = new MarkdownRenderer();
        var started = new java.util.concurrent.atomic.AtomicReference<Javalin>();
        Optional<LanPages> lan = lanPairing == null ? Optional.empty()
                : Optional.of(new LanPages(lanPairing, lanAddress, () -> started.get().port(), html));

        Javalin javalin = Javalin.create(config -> {
            configure(config, partsCache);
            if (lan.isPresent()) {
                // an unpaired device is refused before it is handed anything, the CSRF cookie included
                config.routes.before(guard::headers);
                config.routes.before(lan.get()::check);
                config.routes.before(guard::checkRequest);
                lan.get().addTo(config.routes);
            } else {
                config.routes.before(guard::check);
            }
            if (accounts != null) {
                new AccountRoutes(accounts, new prepdeck.accounts.Secrets(random), html, behindHttpsProxy).addTo(config.routes);
            }
            assets.addTo(config.routes);
            new ApiRoutes(useCases, importer, json).addTo(config.routes);
            new SearchPages(useCases, html).addTo(config.routes);
            new TopicPages(useCases, html).addTo(config.routes);
            new CardPages(useCases, markdown, html, accounts == null ? editor : Optional.empty()).addTo(config.routes);
            new NoteChanges(useCases, noteWatch, json).addTo(config.routes);
            new GapPages(useCases, html).addTo(config.routes);
            new SnippetPages(useCases, html, reply, json).addTo(config.routes);
            new ReviewApi(useCases, markdown, json).addTo(config.routes);
            new ReviewPages(useCases, html).addTo(config.routes);
            new ReadinessPages(useCases, html, reply, new prepdeck.contract.PracticeJson(json),
                    ctx -> lan.flatMap(l -> l.section(ctx))).addTo(config.routes);
            new PlanPages(useCases, html, reply, new prepdeck.contract.PlanningJson(json), clock).addTo(config.routes);
            if (workspaces != null || exporter != null) new ExportDownload(useCases, dataDir.resolve("tmp")).addTo(config.routes);
            if (workspaces != null || interviews != null) {
                // spoken answers stay on the user's machine: recorded only in single-user mode, where the data folder is theirs
                var spoken = new SpokenAnswers(useCases, new prepdeck.speech.QuestionVoice(dataDir.resolve("speech").resolve("questions"),
                        prepdeck.speech.Espeak.find(System.getenv())),
                        accounts == null ? Optional.of(new prepdeck.speech.Recordings(dataDir.resolve("recordings"))) : Optional.empty(), json);
                spoken.addTo(config.routes);
                new InterviewPages(useCases, html, markdown, json, clock, spoken).addTo(config.routes);
            }
            new ImportPages(useCases, importer, new Uploads(uploadRoot, clock, MAX_FILE_MEGABYTES * 1024 * 1024), html, MAX_FILE_MEGABYTES).addTo(config.routes);
            config.routes.exception(HttpProblem.class, (e, ctx) -> fail(ctx, e.status(), e.getMessage(), html, reply));
            config.routes.exception(PrepdeckException.class, (e, ctx) -> {
                if (e instanceof prepdeck.app.SearchIndexBuildingException b) ctx.header("Retry-After", Long.toString(Math.max(1, b.retryAfter().toSeconds())));
                fail(ctx, status(e), e.getMessage(), html, reply);
            });
            config.routes.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(),
                    e.getStatus() == 404 ? "nothing at " + ctx.method() + " " + ctx.path() : e.getMessage(), html, reply));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                fail(ctx, 500, "internal error: " + e, html, reply);
            });
        });
        started.set(javalin);
        javalin.start(host, port);
        return new RunningServer(javalin, host, lan.map(l -> l::link));
    }

    /**
     * Who looks at a page, for what its header offers them (a learner is not offered Import). A request whose
     * sender is unknown (an error page before sign-in) is offered the least.
     */
    private prepdeck.web.view.Viewer viewer(RequestUseCases.Resolver useCases, Context ctx) {
        try {
            Principal p = useCases.of(ctx).principal();
            if (accounts == null) return new prepdeck.web.view.Viewer(p.role().mayEditNotes(), "", false);
            // the deck's name in the header: a learner with a shared and a private deck sees which one this is
            String deck = accounts.decks(p.userId()).stream().filter(m -> m.deckId() == p.deckId())
                    .map(prepdeck.app.AccountStore.Membership::deckName).findFirst().orElse("");
            return new prepdeck.web.view.Viewer(p.role().mayEditNotes(), p.userName(), false, deck);
        } catch (RuntimeException e) {
            return accounts != null ? prepdeck.web.view.Viewer.ANONYMOUS : new prepdeck.web.view.Viewer(false, "", false);
        }
    }

    private static void configure(JavalinConfig config, Path partsCache) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = MAX_REQUEST_MEGABYTES * 1024 * 1024;
        config.jetty.multipartConfig.cacheDirectory(partsCache.toString());
        config.jetty.multipartConfig.maxFileSize(MAX_FILE_MEGABYTES, SizeUnit.MB);
        config.jetty.multipartConfig.maxTotalRequestSize(MAX_REQUEST_MEGABYTES, SizeUnit.MB);
        config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
    }

    /**
     * A body refused as too large was not read to its end: the connection must close after the reply, or the client
     * would send its next request on a connection still holding the rest of that body, and wait for ever.
     */
    static void closeAfterRefusedBody(Context ctx, int status) {
        if (status == 413) ctx.header("Connection", "close");
    }

    private static void fail(Context ctx, int status, String message, HtmlReply html, JsonReply reply) {
        closeAfterRefusedBody(ctx, status);
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/api")) {
            reply.error(ctx, status, message);
        } else {
            html.send(ctx, status, "error.jte", new ErrorPage(status, message));
        }
    }

    private static int status(PrepdeckException e) {
        return switch (e) {
            case NotFoundException n -> 404;
            case InvalidInputException i -> 400;
            case ConflictException c -> 409;
            case prepdeck.app.ForbiddenException f -> 403;
            case StoreUnavailableException u -> 503;
            case prepdeck.app.SearchIndexBuildingException b -> 503;
        };
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
