package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.accounts.SignupPolicy;
import prepdeck.web.RunningServer;

/**
 * Isolation in server mode, over HTTP, with real accounts and sessions on a real SQLite data folder, wired as
 * {@code serve --accounts} wires it. The admin owns the shared deck (the seeds); learners Ashgrove (A) and
 * Birchmont (B) learn from it and each own a private deck holding a note they uploaded. A builds up objects —
 * reviews and an undo, settings, a finished and an unfinished mock interview on each deck, a fixture, an
 * export — and B then walks <em>every route the server registered</em> against them, from the shared deck
 * and from his own: each request for one of A's objects is 403 or 404, and whatever B may read or change
 * (lists, his own settings, his own export) carries nothing of A's. A route without a rule in {@link #probes}
 * fails {@link #theWalkCoversEveryRegisteredRoute}, so a route added later cannot skip isolation.
 *
 * <p>Also: every route but the way in and the assets wants a session (401 for the API, the login page for
 * pages), and every change wants the session's CSRF token.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IsolationTest {
    static final String A_PASSWORD = "ashgrove's long passphrase";
    static final String B_PASSWORD = "birchmont's other passphrase";
    static final String FORM = "application/x-www-form-urlencoded";
    static final String JSON = "application/json";
    static final ObjectMapper json = new ObjectMapper();
    /** The routes anyone may use without a session: the way in, and what its pages need. */
    static final Set<String> PUBLIC = Set.of("GET /login", "POST /login", "GET /signup", "POST /signup", "GET /assets/{name}", "GET /favicon.ico", "GET /api/health");
    static final String A_TOPIC = "Amberwick Ledger";
    static final String A_NOTE = """
            # Amberwick Ledger

            ## What does the amberwick clause say?

            The amberwick clause obliges the quillfeather tribunal to meet twice a year.

            ```python
            print("ledger")
            ```

            ## Who keeps the amberwick seal?

            The seal stays with the quillfeather tribunal's eldest clerk.
            """;
    /** B's note: its snippet reads the server's database files and tells whether A's private words are in them. */
    static String bNote() {
        return """
                # Lanternwort

                ## What is lanternwort?

                A plant of Birchmont's own notes that glows at dusk.

                ```python
                import pathlib
                files = [p for p in pathlib.Path("%s").iterdir() if p.is_file()]
                secret = ("quillfeather" + " tribunal").encode()
                print("found" if any(secret in p.read_bytes() for p in files) else "nothing")
                ```
                """.formatted(data.toAbsolutePath());
    }
    static final String A_INTERVIEW_ANSWER = "it obliges the saffron lighthouse keepers";

    @TempDir static Path data;
    @TempDir static Path notes;
    static AccountServer server;
    static AccountServer.Browser a;
    static AccountServer.Browser b;
    static long sharedDeck;
    static long aDeck;
    static long bDeck;
    static long aCard;
    /** A's planned interview (issue 19) on the shared deck. */
    static long aPlanned;
    static long aTopic;
    static final List<Long> aReviews = new ArrayList<>();
    static final List<Long> aInterviews = new ArrayList<>();
    /** The deck of each of A's interviews, by place in {@link #aInterviews}. */
    static final List<Long> aInterviewDecks = new ArrayList<>();
    static String aDate;
    /** A's latest answer on the shared deck: the grade of her finished interview. */
    static long aGradeReview;
    /** What A reads of her own things before B's walk; the same after it. */
    static JsonNode aSettingsBefore;
    static JsonNode aStatsBefore;
    static List<String> aInterviewsBefore;
    static Path aNoteFolder;

    @BeforeAll
    static void start() throws Exception {
        server = AccountServer.start(data, SignupPolicy.INVITE);
        server.accounts().addAccount("admin", AccountServer.PASSWORD, true);
        long aId = server.accounts().addAccount("ashgrove", A_PASSWORD, false).id();
        long bId = server.accounts().addAccount("birchmont", B_PASSWORD, false).id();
        sharedDeck = server.accounts().decks(aId).stream().filter(m -> m.shared()).findFirst().orElseThrow().deckId();
        aDeck = server.accounts().decks(aId).stream().filter(m -> !m.shared()).findFirst().orElseThrow().deckId();
        bDeck = server.accounts().decks(bId).stream().filter(m -> !m.shared()).findFirst().orElseThrow().deckId();
        a = server.browser();
        b = server.browser();
        assertThat(a.logIn("ashgrove", A_PASSWORD, "/").statusCode()).isEqualTo(303);
        assertThat(b.logIn("birchmont", B_PASSWORD, "/").statusCode()).isEqualTo(303);

        // A's private deck: her uploaded note, a fixture, an answer, an unfinished interview, an export, a search
        aNoteFolder = Files.createDirectories(notes.resolve("ashgrove"));
        Files.writeString(aNoteFolder.resolve("ledger.md"), A_NOTE);
        switchDeck(a, aDeck);
        ok(send(a, "POST", "/import", "multipart/form-data; boundary=" + BOUNDARY, upload("ledger.md", A_NOTE), true), 200);
        for (JsonNode c : read(a, "/api/cards")) if (c.get("prompt").asText().contains("amberwick clause")) aCard = c.get("id").asLong();
        for (JsonNode t : read(a, "/api/topics")) if (t.get("path").asText().equals(A_TOPIC)) aTopic = t.get("id").asLong();
        assertThat(aCard).isPositive();
        assertThat(aTopic).isPositive();
        ok(send(a, "POST", "/cards/" + aCard + "/fixtures", FORM, form("name", "ashgrove-ledger.txt", "content", "tribunal minutes"), true), 200);
        aReviews.add(answer(a, aCard, "ash-private-1"));
        aInterviews.add(startInterview(a, "questions=1&seed=3"));
        aInterviewDecks.add(aDeck);
        var export = send(a, "GET", "/export.apkg", null, null, false);
        ok(export, 200);
        assertThat(text(export)).contains("amberwick clause");
        assertThat(read(a, "/api/search?q=quillfeather").toString()).contains("amberwick clause");

        // the shared deck: two answers and the second undone, settings, an unfinished and a finished interview
        switchDeck(a, sharedDeck);
        var next = read(a, "/api/review/next");
        aReviews.add(answer(a, next.get("card").get("id").asLong(), "ash-shared-1"));
        next = read(a, "/api/review/next");
        long undone = answer(a, next.get("card").get("id").asLong(), "ash-shared-2");
        aReviews.add(undone);
        ok(send(a, "POST", "/api/reviews/" + undone + "/undo", JSON, new byte[0], true), 200);
        aDate = LocalDate.now(ZoneOffset.UTC).plusDays(321).toString();
        ok(send(a, "POST", "/settings", FORM, form("interview_date", aDate, "daily_budget", "77", "new_per_day", "13",
                "desired_retention", "0.91"), true), 303);
        ok(send(a, "POST", "/plan/interviews", FORM, form("name", A_TOPIC + " round", "day",
                LocalDate.now(ZoneOffset.UTC).plusDays(40).toString()), true), 303);
        for (var planned : read(a, "/api/interviews")) {
            if (planned.get("name").asText().startsWith(A_TOPIC)) aPlanned = planned.get("id").asLong();
        }
        assertThat(aPlanned).isPositive();
        aInterviews.add(startInterview(a, "questions=3&seed=5"));
        long finished = startInterview(a, "questions=1&seed=7");
        aInterviews.add(finished);
        aInterviewDecks.add(sharedDeck);
        aInterviewDecks.add(sharedDeck);
        String q1 = "/api/interviews/" + finished + "/questions/1";
        ok(send(a, "POST", q1 + "/answer", JSON, ("{\"answer\":\"" + A_INTERVIEW_ANSWER + "\"}").getBytes(StandardCharsets.UTF_8), true), 200);
        var graded = send(a, "POST", q1 + "/grade", JSON, "{\"rating\":3}".getBytes(StandardCharsets.UTF_8), true);
        ok(graded, 200);
        aGradeReview = json.readTree(graded.body()).get("review_id").asLong();
        // a server keeps no spoken answer, not even its owner's: recordings stay on the user's own machine
        var recorded = send(a, "POST", q1 + "/recording", "audio/wav", prepdeck.speech.WavAudio.encode16(new double[800], 8000), true);
        ok(recorded, 403);
        assertThat(text(recorded)).contains("kept only on your own machine");
        aReviews.add(aGradeReview);
        ok(send(a, "POST", "/api/interviews/" + finished + "/finish", JSON, new byte[0], true), 200);
        assertThat(text(send(a, "GET", "/interview/" + finished, null, null, false))).contains("Mock interview " + finished + ": report");

        aSettingsBefore = read(a, "/api/settings");
        aStatsBefore = read(a, "/api/stats");
        aInterviewsBefore = interviewsOfA();

        // B's private deck holds his own note
        switchDeck(b, bDeck);
        ok(send(b, "POST", "/import", "multipart/form-data; boundary=" + BOUNDARY, upload("lanternwort.md", bNote()), true), 200);
    }

    @Test
    @Order(3)
    void noCodeOfAPrivateDeckRunsOnTheServer() throws Exception {
        switchDeck(b, bDeck);
        long card = 0;
        for (JsonNode c : read(b, "/api/cards")) if (c.get("prompt").asText().contains("lanternwort")) card = c.get("id").asLong();
        assertThat(card).isPositive();
        // his snippet would read the database, A's reviews and notes in it: it does not run, in any of the ways to run it
        var run = send(b, "POST", "/api/cards/" + card + "/snippets/0/run", JSON, jsonBody("{}"), true);
        assertThat(run.statusCode()).as(brief(run)).isEqualTo(403);
        assertThat(text(run)).doesNotContain("found").contains("do not run on this server");
        assertThat(send(b, "POST", "/cards/" + card + "/snippets/0/run", FORM, form(), true).statusCode()).isEqualTo(403);
        assertThat(send(b, "POST", "/api/snippets/check", JSON, jsonBody("{}"), true).statusCode()).isEqualTo(403);
        assertThat(send(b, "POST", "/snippets/check", FORM, form(), true).statusCode()).isEqualTo(403);
        var report = send(b, "GET", "/api/snippets", null, null, false);
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(text(report)).doesNotContain("found");
        // his fixtures are still his to keep
        ok(send(b, "POST", "/cards/" + card + "/fixtures", FORM, form("name", "glow.txt", "content", "dusk"), true), 200);
        switchDeck(b, sharedDeck);
    }

    @AfterAll
    static void stop() throws Exception {
        if (a != null) a.close();
        if (b != null) b.close();
        if (server != null) server.close();
    }

    /**
     * One request of B's and what it must get. {@code statuses}: what may come back; a reply below 400 must hold
     * nothing of A's. A {@code refused} probe asks for one of A's objects: 403 or 404 and nothing else.
     */
    record Probe(String route, String method, String path, String type, byte[] body, Set<Integer> statuses) {
        static Probe refused(String route, String path) {
            return refused(route, path, null, null);
        }

        static Probe refused(String route, String path, String type, byte[] body) {
            return new Probe(route, route.substring(0, route.indexOf(' ')), path, type, body, Set.of(403, 404));
        }

        /** B's own business (a list, his own settings): allowed, but what comes back shows nothing of A's. */
        static Probe clean(String route, String path, String type, byte[] body, Integer... statuses) {
            return new Probe(route, route.substring(0, route.indexOf(' ')), path, type, body, Set.of(statuses));
        }

        static Probe clean(String route, String path, Integer... statuses) {
            return clean(route, path, null, null, statuses);
        }
    }

    /**
     * Every route's rule, as B on {@code onShared ? the shared deck : his private deck}. Each registered route must
     * appear here (or in {@link #PUBLIC} with its own probe, or among the session enders of {@link #endingBsSessionEndsNoneOfAs}).
     */
    static List<Probe> probes(boolean onShared) {
        var p = new ArrayList<Probe>();
        String topic = enc(A_TOPIC);
        // the way in: B cannot log in or sign up as A; signed in, the forms send him on or show nothing of hers
        p.add(Probe.clean("GET /login", "/login", 200, 303));
        p.add(new Probe("POST /login", "POST", "/login", FORM, form("name", "ashgrove", "password", "a guess at hers"), Set.of(401, 403)));
        p.add(Probe.clean("GET /signup", "/signup?invite=x", 200));
        p.add(new Probe("POST /signup", "POST", "/signup", FORM, form("name", "ashgrove", "password", B_PASSWORD), Set.of(403, 409)));
        p.add(Probe.clean("GET /assets/{name}", "/assets/app.css", 200));
        p.add(Probe.clean("GET /favicon.ico", "/favicon.ico", 200));
        // the account: his decks only; A's deck is not his to switch to; her password does not change his
        p.add(Probe.clean("GET /account", "/account", 200));
        p.add(Probe.refused("POST /account/deck", "/account/deck", FORM, form("deck", Long.toString(aDeck))));
        p.add(new Probe("POST /account/password", "POST", "/account/password", FORM,
                form("current", A_PASSWORD, "password", "whatever it becomes"), Set.of(400, 403)));
        p.add(onShared ? Probe.refused("POST /account/invitations", "/account/invitations", FORM, form())
                : Probe.clean("POST /account/invitations", "/account/invitations", FORM, form(), 303));
        // reading the deck: lists show nothing of A's deck; her cards and topics are not found
        p.add(Probe.clean("GET /", "/", 200));
        p.add(Probe.clean("GET /api/health", "/api/health", 200));
        p.add(Probe.clean("GET /api/stats", "/api/stats", 200));
        p.add(Probe.clean("GET /api/changes", "/api/changes", 200));
        p.add(Probe.clean("GET /api/topics", "/api/topics", 200));
        p.add(Probe.clean("GET /api/cards", "/api/cards", 200));
        p.add(Probe.clean("GET /api/cards", "/api/cards?topic=" + topic, 200, 404));
        p.add(Probe.refused("GET /api/cards/{id}", "/api/cards/" + aCard));
        p.add(Probe.clean("GET /api/gaps", "/api/gaps", 200));
        p.add(Probe.clean("GET /api/search", "/api/search?q=quillfeather", 200));
        p.add(Probe.clean("GET /api/search", "/api/search?q=amberwick%20clause", 200));
        // the page echoes its query in the search box: the words searched are A's but no marker, and any card of hers
        // that leaked would show one ("Who keeps the amberwick seal?" for the clerk)
        p.add(Probe.clean("GET /search", "/search?q=eldest%20clerk", 200));
        p.add(Probe.clean("GET /search/results", "/search/results?q=eldest%20clerk", 200));
        p.add(Probe.refused("GET /topics/{id}", "/topics/" + aTopic));
        p.add(Probe.refused("GET /cards/{id}", "/cards/" + aCard));
        p.add(Probe.refused("GET /cards/{id}/answer", "/cards/" + aCard + "/answer"));
        p.add(Probe.clean("GET /gaps", "/gaps", 200));
        // importing: a learner changes no notes, and nobody but the admin reads the server's files (A's note folder)
        p.add(onShared ? Probe.refused("GET /import", "/import") : Probe.clean("GET /import", "/import", 200));
        p.add(Probe.refused("POST /import", "/import", FORM, form("folder", aNoteFolder.toString())));
        p.add(Probe.refused("POST /api/import", "/api/import", JSON, jsonBody("{\"paths\":[\"" + aNoteFolder + "\"]}")));
        // snippets: A's cards are not found; no whole-deck check by a learner, no code of a private deck runs on the server
        p.add(Probe.clean("GET /snippets", "/snippets", 200));
        p.add(Probe.refused("POST /snippets/check", "/snippets/check", FORM, form()));
        p.add(Probe.refused("POST /cards/{id}/snippets/{n}/run", "/cards/" + aCard + "/snippets/0/run", FORM, form()));
        p.add(Probe.refused("GET /cards/{id}/fixtures", "/cards/" + aCard + "/fixtures"));
        p.add(Probe.refused("POST /cards/{id}/fixtures", "/cards/" + aCard + "/fixtures", FORM, form("name", "ashgrove-ledger.txt", "content", "mine now")));
        p.add(Probe.refused("POST /cards/{id}/fixtures/remove", "/cards/" + aCard + "/fixtures/remove", FORM, form("name", "ashgrove-ledger.txt")));
        p.add(Probe.clean("GET /api/snippets", "/api/snippets", 200, 403));
        p.add(Probe.refused("POST /api/snippets/check", "/api/snippets/check", JSON, jsonBody("{}")));
        p.add(Probe.refused("POST /api/cards/{id}/snippets/{n}/run", "/api/cards/" + aCard + "/snippets/0/run", JSON, jsonBody("{}")));
        p.add(Probe.refused("GET /api/cards/{id}/fixtures", "/api/cards/" + aCard + "/fixtures"));
        // practice: A's cards cannot be shown or answered, her answers not undone; his settings are his
        p.add(Probe.clean("GET /api/review/next", "/api/review/next", 200, 204));
        p.add(Probe.refused("GET /api/review/next", "/api/review/next?topic=" + topic));
        p.add(Probe.refused("GET /api/review/cards/{id}", "/api/review/cards/" + aCard));
        p.add(Probe.refused("POST /api/reviews", "/api/reviews", JSON,
                jsonBody("{\"card\":" + aCard + ",\"rating\":3,\"idempotency_key\":\"ash-private-1\",\"duration_ms\":5}")));
        // an answer given offline names its time; A's card is still not his to answer
        p.add(Probe.refused("POST /api/reviews", "/api/reviews", JSON, jsonBody("{\"card\":" + aCard
                + ",\"rating\":3,\"idempotency_key\":\"ash-private-2\",\"duration_ms\":5,\"answered_at\":\"" + java.time.Instant.now().minusSeconds(600) + "\"}")));
        // the offline window holds his decks' cards only, and not by A's topic
        p.add(Probe.clean("GET /api/review/offline", "/api/review/offline", 200));
        p.add(Probe.clean("GET /api/review/offline", "/api/review/offline?days=7", 200));
        p.add(Probe.refused("GET /api/review/offline", "/api/review/offline?topic=" + topic));
        for (long review : aReviews) p.add(Probe.refused("POST /api/reviews/{id}/undo", "/api/reviews/" + review + "/undo", JSON, new byte[0]));
        // marks (suspend, bury, flag) are per learner, on cards of his decks only
        p.add(Probe.refused("POST /cards/{id}/mark", "/cards/" + aCard + "/mark", FORM, form("change", "suspend")));
        p.add(Probe.refused("POST /api/cards/{id}/marks", "/api/cards/" + aCard + "/marks", JSON, jsonBody("{\"change\":\"flag\"}")));
        p.add(Probe.clean("GET /api/review/settings", "/api/review/settings", 200));
        p.add(Probe.clean("POST /api/review/settings", "/api/review/settings", JSON, jsonBody("{\"new_per_day\":4}"), 200));
        p.add(Probe.clean("GET /review", "/review", 200));
        p.add(Probe.refused("GET /review", "/review?topic=" + topic));
        p.add(Probe.clean("POST /review/settings", "/review/settings", FORM, form("new_per_day", "5"), 303));
        p.add(Probe.clean("GET /readiness", "/readiness", 200));
        p.add(Probe.clean("POST /readiness/interview-date", "/readiness/interview-date", FORM,
                form("interview_date", LocalDate.now(ZoneOffset.UTC).plusDays(9).toString()), 303));
        p.add(Probe.clean("GET /api/readiness", "/api/readiness", 200));
        p.add(Probe.clean("POST /readiness/apply", "/readiness/apply", FORM, form("new_per_day", "7"), 303));
        p.add(Probe.clean("GET /settings", "/settings", 200));
        p.add(Probe.clean("POST /settings", "/settings", FORM, form("interview_date", "", "daily_budget", "30", "new_per_day", "6",
                "desired_retention", "0.9"), 303));
        p.add(Probe.clean("POST /settings/refit", "/settings/refit", FORM, form(), 303));
        p.add(Probe.clean("GET /api/settings", "/api/settings", 200));
        // interview planning (issue 19): his own plan; A's planned interview cannot be removed
        p.add(Probe.clean("GET /plan", "/plan", 200));
        p.add(Probe.clean("GET /api/plan", "/api/plan", 200));
        p.add(Probe.clean("GET /api/interviews", "/api/interviews", 200));
        p.add(Probe.clean("GET /api/calibration", "/api/calibration", 200));
        p.add(Probe.clean("GET /plan.ics", "/plan.ics", 200));
        p.add(Probe.clean("POST /plan/budget", "/plan/budget", FORM, form("min_0", "30"), 303));
        p.add(Probe.clean("POST /plan/priorities", "/plan/priorities", FORM, form(), 303));
        p.add(Probe.clean("POST /plan/interviews", "/plan/interviews", FORM, form("name", "Birch round", "day",
                LocalDate.now(ZoneOffset.UTC).plusDays(5).toString()), 303));
        p.add(Probe.refused("POST /plan/asked", "/plan/asked", FORM, form("card", Long.toString(aCard), "asked", "1")));
        p.add(Probe.refused("POST /plan/interviews/{id}/remove", "/plan/interviews/" + aPlanned + "/remove", FORM, form()));
        p.add(Probe.clean("GET /export.apkg", "/export.apkg", 200));
        p.add(Probe.refused("GET /export.apkg", "/export.apkg?topic=" + topic));
        // interviews: A's are not found, by page, API, export or any change
        p.add(Probe.clean("GET /interview", "/interview", 200));
        p.add(Probe.refused("POST /interview", "/interview", FORM, form("questions", "1", "topic", A_TOPIC)));
        p.add(Probe.clean("GET /interview/history", "/interview/history", 200));
        for (long id : aInterviews) {
            String api = "/api/interviews/" + id;
            p.add(Probe.refused("GET /interview/{id}", "/interview/" + id));
            p.add(Probe.refused("GET /interview/{id}", "/interview/" + id + ".md"));
            p.add(Probe.refused("GET /api/interviews/{id}", api));
            p.add(Probe.refused("POST /api/interviews/{id}/questions/{n}/answer", api + "/questions/1/answer", JSON, jsonBody("{\"answer\":\"x\"}")));
            p.add(Probe.refused("POST /api/interviews/{id}/questions/{n}/grade", api + "/questions/1/grade", JSON, jsonBody("{\"rating\":1}")));
            p.add(Probe.refused("POST /api/interviews/{id}/questions/{n}/skip", api + "/questions/1/skip", JSON, new byte[0]));
            p.add(Probe.refused("POST /api/interviews/{id}/finish", api + "/finish", JSON, new byte[0]));
            // spoken answers: the question's audio, recordings (none are kept on a server), ticks, deletion
            p.add(Probe.refused("GET /api/interviews/{id}/questions/{n}/voice", api + "/questions/1/voice"));
            p.add(Probe.refused("GET /api/interviews/{id}/questions/{n}/recording", api + "/questions/1/recording"));
            p.add(Probe.refused("POST /api/interviews/{id}/questions/{n}/recording", api + "/questions/1/recording", "audio/wav",
                    prepdeck.speech.WavAudio.encode16(new double[800], 8000)));
            p.add(Probe.refused("DELETE /api/interviews/{id}/questions/{n}/recording", api + "/questions/1/recording", JSON, new byte[0]));
            p.add(Probe.refused("POST /api/interviews/{id}/questions/{n}/ticks", api + "/questions/1/ticks", JSON,
                    jsonBody("{\"points\":[]}")));
            p.add(Probe.refused("POST /interview/{id}/recordings/delete", "/interview/" + id + "/recordings/delete", FORM, new byte[0]));
        }
        return p;
    }

    /** The routes that end B's sessions: walked last, in {@link #endingBsSessionEndsNoneOfAs}. */
    static final Set<String> SESSION_ENDERS = Set.of("POST /logout", "POST /account/sign-out-everywhere");

    @Test
    @Order(1)
    void theWalkCoversEveryRegisteredRoute() {
        var registered = new TreeSet<>(routes());
        var covered = new TreeSet<String>(SESSION_ENDERS);
        for (boolean onShared : List.of(true, false)) {
            for (Probe p : probes(onShared)) {
                covered.add(p.route());
                assertThat(matches(p.route(), p.path())).as("probe %s %s is not on its route %s", p.method(), p.path(), p.route()).isTrue();
            }
        }
        assertThat(registered).as("routes without an isolation rule in IsolationTest.probes").isSubsetOf(covered);
        assertThat(covered).as("rules for routes the server no longer has").isSubsetOf(registered);
        assertThat(registered).as("the walk should see the whole app").hasSizeGreaterThan(60);
    }

    @Test
    @Order(2)
    void bGetsNothingOfAsFromTheSharedDeckOrHisOwn() throws Exception {
        var markers = markers();
        for (boolean onShared : List.of(true, false)) {
            switchDeck(b, onShared ? sharedDeck : bDeck);
            for (Probe p : probes(onShared)) {
                var r = send(b, p.method(), p.path(), p.type(), p.body(), true);
                String where = (onShared ? "B on the shared deck: " : "B on his deck: ") + p.method() + " " + p.path();
                assertThat(r.statusCode()).as("%s → %s", where, brief(r)).isIn(p.statuses());
                if (r.statusCode() < 400) {
                    String body = text(r);
                    for (Pattern m : markers) assertThat(m.matcher(body).find()).as("%s shows A's %s", where, m.pattern()).isFalse();
                }
            }
        }
        // B's answer with A's idempotency key is B's own answer, not a replay of hers
        switchDeck(b, sharedDeck);
        long card = read(b, "/api/review/next").get("card").get("id").asLong();
        long bs = answer(b, card, "ash-shared-1");
        assertThat(aReviews).doesNotContain(bs);
        assertIntact();
    }

    @Test
    @Order(4)
    void withoutASessionEveryRouteButTheWayInIsRefused() throws Exception {
        try (var stranger = server.browser()) {
            for (String route : routes()) {
                String method = route.substring(0, route.indexOf(' '));
                String path = sample(route.substring(route.indexOf(' ') + 1));
                var r = send(stranger, method, path, FORM, method.equals("GET") ? null : form("x", "1"), false);
                if (PUBLIC.contains(route)) {
                    assertThat(r.statusCode()).as("%s (public)", route).isIn(200, 403);
                } else if (path.startsWith("/api/")) {
                    assertThat(r.statusCode()).as("%s without a session → %s", route, brief(r)).isEqualTo(401);
                } else {
                    assertThat(r.statusCode()).as("%s without a session → %s", route, brief(r)).isEqualTo(303);
                    assertThat(r.headers().firstValue("Location").orElse("")).as(route).startsWith("/login?next=");
                }
            }
        }
    }

    @Test
    @Order(5)
    void everyChangeWithoutTheSessionsCsrfTokenIsRefused() throws Exception {
        for (String route : routes()) {
            String method = route.substring(0, route.indexOf(' '));
            if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) continue;
            String path = sample(route.substring(route.indexOf(' ') + 1));
            for (var type : List.of(FORM, JSON)) {
                var none = send(b, method, path, type, type.equals(FORM) ? form("x", "1") : jsonBody("{}"), false);
                assertThat(none.statusCode()).as("%s without a CSRF token → %s", route, brief(none)).isEqualTo(403);
            }
            // A's token in B's session is not B's
            var request = HttpRequest.newBuilder(server.served().url().resolve(path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", FORM).header("X-CSRF-Token", a.csrf())
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(form("x", "1")));
            assertThat(b.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode()).as("%s with A's token", route).isEqualTo(403);
        }
        assertIntact();
    }

    @Test
    @Order(6)
    void endingBsSessionEndsNoneOfAs() throws Exception {
        ok(send(b, "POST", "/logout", FORM, form(), true), 303);
        assertThat(send(b, "GET", "/api/stats", null, null, false).statusCode()).isEqualTo(401);
        assertThat(read(a, "/api/stats")).isNotNull();
        assertThat(b.logIn("birchmont", B_PASSWORD, "/").statusCode()).isEqualTo(303);
        ok(send(b, "POST", "/account/sign-out-everywhere", FORM, form(), true), 303);
        assertThat(send(b, "GET", "/api/stats", null, null, false).statusCode()).isEqualTo(401);
        assertIntact();
        // her latest live answer on the shared deck is still hers to undo
        ok(send(a, "POST", "/api/reviews/" + aGradeReview + "/undo", JSON, new byte[0], true), 200);
    }

    @Test
    @Order(7)
    void undoWalksBackOneDeckAtATime() throws Exception {
        // on her private deck, her latest answer there is the one to undo, whatever she answered on the shared deck since
        switchDeck(a, aDeck);
        assertThat(send(a, "POST", "/api/reviews/" + aReviews.get(1) + "/undo", JSON, new byte[0], true).statusCode())
                .as("a shared deck's answer is not found from her private deck").isEqualTo(404);
        ok(send(a, "POST", "/api/reviews/" + aReviews.get(0) + "/undo", JSON, new byte[0], true), 200);
        switchDeck(a, sharedDeck);
        ok(send(a, "POST", "/api/reviews/" + aReviews.get(1) + "/undo", JSON, new byte[0], true), 200);
    }

    /** A's things as she left them: settings, counts, interviews, her private card and its fixture. */
    static void assertIntact() throws Exception {
        assertThat(read(a, "/api/settings")).isEqualTo(aSettingsBefore);
        assertThat(read(a, "/api/stats")).isEqualTo(aStatsBefore);
        assertThat(interviewsOfA()).isEqualTo(aInterviewsBefore);
        switchDeck(a, aDeck);
        assertThat(read(a, "/api/cards/" + aCard).get("prompt").asText()).contains("amberwick clause");
        assertThat(read(a, "/api/cards/" + aCard + "/fixtures").toString()).contains("ashgrove-ledger.txt");
        switchDeck(a, sharedDeck);
    }

    /** A's interviews as the API shows them to her, each read on its deck. */
    static List<String> interviewsOfA() throws Exception {
        var seen = new ArrayList<String>();
        for (int i = 0; i < aInterviews.size(); i++) {
            switchDeck(a, aInterviewDecks.get(i));
            JsonNode s = read(a, "/api/interviews/" + aInterviews.get(i));
            seen.add(s.get("finished") + " " + s.get("questions"));
        }
        switchDeck(a, sharedDeck);
        return seen;
    }

    /** What B must never see: A's words, her name, her interview date and answer, links to her objects. */
    static List<Pattern> markers() {
        var m = new ArrayList<Pattern>();
        for (String s : List.of("amberwick clause", "quillfeather tribunal", "amberwick seal", A_TOPIC, "ashgrove", A_INTERVIEW_ANSWER,
                "ashgrove-ledger.txt", aDate)) {
            m.add(Pattern.compile(Pattern.quote(s), Pattern.CASE_INSENSITIVE));
        }
        m.add(Pattern.compile("/cards/" + aCard + "(?![0-9])"));
        m.add(Pattern.compile("/topics/" + aTopic + "(?![0-9])"));
        m.add(Pattern.compile("name=\"deck\" value=\"" + aDeck + "\""));
        for (long id : aInterviews) m.add(Pattern.compile("/interview/" + id + "(?![0-9])"));
        return m;
    }

    static List<String> routes() {
        return ((RunningServer) server.served().stop()).routes();
    }

    static boolean matches(String route, String path) {
        String pattern = route.substring(route.indexOf(' ') + 1);
        String regex = Pattern.quote(pattern).replaceAll("\\{[a-z]+\\}", "\\\\E[^/?]+\\\\Q");
        return path.split("\\?")[0].matches(regex);
    }

    /** A path on the route, for requests whose answer does not depend on the object (no session, no token). */
    static String sample(String pattern) {
        return pattern.replace("{name}", "app.css").replaceAll("\\{[a-z]+\\}", "1");
    }

    // --- HTTP ---

    static final String BOUNDARY = "isolation-test-boundary";

    static HttpResponse<byte[]> send(AccountServer.Browser who, String method, String path, String type, byte[] body, boolean csrf)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(server.served().url().resolve(path)).timeout(Duration.ofSeconds(60));
        if (type != null) request.header("Content-Type", type);
        if (csrf && who.csrf() != null) request.header("X-CSRF-Token", who.csrf());
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return who.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode read(AccountServer.Browser who, String path) throws IOException, InterruptedException {
        var r = send(who, "GET", path, null, null, false);
        ok(r, 200);
        return json.readTree(r.body());
    }

    static void ok(HttpResponse<byte[]> r, int status) {
        assertThat(r.statusCode()).as("%s %s → %s", r.request().method(), r.request().uri().getPath(), brief(r)).isEqualTo(status);
    }

    static void switchDeck(AccountServer.Browser who, long deck) throws IOException, InterruptedException {
        ok(send(who, "POST", "/account/deck", FORM, form("deck", Long.toString(deck)), true), 303);
    }

    static long answer(AccountServer.Browser who, long card, String key) throws IOException, InterruptedException {
        var r = send(who, "POST", "/api/reviews", JSON,
                jsonBody("{\"card\":" + card + ",\"rating\":3,\"idempotency_key\":\"" + key + "\",\"duration_ms\":900}"), true);
        ok(r, 200);
        return json.readTree(r.body()).get("review_id").asLong();
    }

    static long startInterview(AccountServer.Browser who, String form) throws IOException, InterruptedException {
        var r = send(who, "POST", "/interview", FORM, form.getBytes(StandardCharsets.UTF_8), true);
        ok(r, 303);
        return Long.parseLong(r.headers().firstValue("Location").orElseThrow().substring("/interview/".length()));
    }

    /** The body as text; an Anki package's entries unzipped (its collection is SQLite, whose text is stored as is). */
    static String text(HttpResponse<byte[]> r) throws IOException {
        boolean zip = r.body().length > 4 && r.body()[0] == 'P' && r.body()[1] == 'K';
        if (!zip) return new String(r.body(), StandardCharsets.UTF_8);
        var all = new StringBuilder();
        try (var in = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
            while (in.getNextEntry() != null) all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
        }
        return all.toString();
    }

    static String brief(HttpResponse<byte[]> r) {
        String body = new String(r.body(), StandardCharsets.UTF_8);
        return r.statusCode() + " " + r.headers().firstValue("Location").orElse("") + " " + body.substring(0, Math.min(300, body.length()));
    }

    static byte[] form(String... fields) {
        var body = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            if (body.length() > 0) body.append('&');
            body.append(enc(fields[i])).append('=').append(enc(fields[i + 1]));
        }
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] jsonBody(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static byte[] upload(String name, String content) {
        String part = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: text/markdown\r\n\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n";
        return part.getBytes(StandardCharsets.UTF_8);
    }
}
