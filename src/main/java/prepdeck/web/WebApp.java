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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import prepdeck.app.CardSearch;
import prepdeck.app.CheckSnippets;
import prepdeck.app.ConflictException;
import prepdeck.app.InvalidInputException;
import prepdeck.app.MockInterviews;
import prepdeck.app.Knowledge;
import prepdeck.app.NotFoundException;
import prepdeck.app.NoteImport;
import prepdeck.app.Practice;
import prepdeck.app.PrepdeckException;
import prepdeck.app.StoreUnavailableException;
import prepdeck.contract.ContractJson;
import prepdeck.web.markdown.MarkdownRenderer;
import prepdeck.web.view.ErrorPage;

/**
 * The web adapter: server-rendered pages over the knowledge map and the JSON API of the CLI
 * contract. Build one with its dependencies, then {@link #start(String, int)} it.
 */
public final class WebApp {
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
    static final long MAX_FILE_MEGABYTES = 20;
    static final long MAX_REQUEST_MEGABYTES = 100;

    private final Knowledge knowledge;
    private final NoteImport noteImport;
    private CardSearch search = CardSearch.NONE;
    private final Practice practice;
    private final ContractJson json;
    private final Clock clock;
    private final Path dataDir;
    private CheckSnippets snippets;
    private MockInterviews interviews;
    private prepdeck.app.ExportApkg exporter;

    /**
     * @param dataDir the user's data folder; uploads are kept under {@code uploads/} in it while imported
     */
    public WebApp(Knowledge knowledge, NoteImport noteImport, Practice practice, ContractJson json, Clock clock, Path dataDir) {
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
        var templates = new Templates();
        var html = new HtmlReply(templates);
        var reply = new JsonReply(json);
        var importer = new Importer(noteImport);
        var guard = new RequestGuard(isLoopback(host));
        var assets = new Assets();
        var markdown = new MarkdownRenderer();

        Javalin javalin = Javalin.create(config -> {
            configure(config, partsCache);
            config.routes.before(guard::check);
            if (accounts != null) {
                new AccountRoutes(accounts, new prepdeck.accounts.Secrets(random), html, behindHttpsProxy).addTo(config.routes);
            }
            assets.addTo(config.routes);
            new ApiRoutes(knowledge, importer, search, json).addTo(config.routes);
            new SearchPages(search, html).addTo(config.routes);
            new TopicPages(knowledge, html).addTo(config.routes);
            new CardPages(knowledge, markdown, html).addTo(config.routes);
            new GapPages(knowledge, search, html).addTo(config.routes);
            new SnippetPages(java.util.Optional.ofNullable(snippets), knowledge, html, reply, json).addTo(config.routes);
            new ReviewApi(practice, knowledge, markdown, json).addTo(config.routes);
            new ReviewPages(practice, knowledge, html).addTo(config.routes);
            new ReadinessPages(practice, html, reply, new prepdeck.contract.PracticeJson(json)).addTo(config.routes);
            if (exporter != null) new ExportDownload(exporter, dataDir.resolve("tmp")).addTo(config.routes);
            if (interviews != null) new InterviewPages(interviews, knowledge, html, markdown, json, clock).addTo(config.routes);
            new ImportPages(importer, new Uploads(uploadRoot, clock), html, MAX_FILE_MEGABYTES).addTo(config.routes);
            config.routes.exception(HttpProblem.class, (e, ctx) -> fail(ctx, e.status(), e.getMessage(), html, reply));
            config.routes.exception(PrepdeckException.class, (e, ctx) -> fail(ctx, status(e), e.getMessage(), html, reply));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(),
                    e.getStatus() == 404 ? "nothing at " + ctx.method() + " " + ctx.path() : e.getMessage(), html, reply));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                fail(ctx, 500, "internal error: " + e, html, reply);
            });
        });
        javalin.start(host, port);
        return new RunningServer(javalin, host);
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

    private static void fail(Context ctx, int status, String message, HtmlReply html, JsonReply reply) {
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
