package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.app.CardQuery;
import prepdeck.app.DeckRole;
import prepdeck.app.ForbiddenException;
import prepdeck.app.ImportProgress;
import prepdeck.app.Principal;
import prepdeck.contract.ContractJson;
import prepdeck.knowledge.CardStatus;
import prepdeck.store.SqliteDatabase;
import prepdeck.web.Identity;
import prepdeck.web.RunningServer;
import prepdeck.web.WebApp;

/**
 * One real server, two users of one deck: Alice owns it, Bob learns from it. Who sends a request is told by a
 * test-only header ({@link #WHO}) that a test {@link Identity} reads; real accounts replace it with sessions.
 * Bob, walking the routes in {@link #probes} against Alice's objects, gets 403 or 404 every time, and what he
 * reads (stats, settings, readiness, interview history) shows nothing of hers.
 */
class TenancyWebTest {
    static final String WHO = "X-Test-Principal";
    @TempDir static Path data;
    static RunningServer server;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final ObjectMapper json = new ObjectMapper();
    static Map<String, Principal> principals;
    static long card;
    static long aliceReview;
    static long aliceInterview;

    @BeforeAll
    static void start() throws Exception {
        var workspaces = new DatabaseWorkspaces(SqliteDatabase.open(data), data, Clock.systemUTC());
        Principal alice = workspaces.local();
        long bobId = TestUsers.add(data, "bob");
        principals = Map.of("alice", alice, "bob", new Principal(bobId, "bob", alice.deckId(), DeckRole.LEARNER));
        Identity byHeader = ctx -> {
            String who = ctx.header(WHO);
            Principal p = who == null ? null : principals.get(who);
            if (p == null) throw new ForbiddenException("no test principal '" + who + "'");
            return p;
        };
        var owner = workspaces.of(alice);
        owner.importNotes().run(List.of(SeedImportTest.SEEDS), ImportProgress.NONE);
        card = owner.knowledge().cards(CardQuery.ALL).stream().filter(c -> c.status() == CardStatus.ANSWERED).findFirst().orElseThrow().id();
        server = new WebApp(workspaces, byHeader, new ContractJson(), Clock.systemUTC(), data).start("127.0.0.1", 0);

        var answered = send("alice", "POST", "/api/reviews", "application/json",
                "{\"card\":" + card + ",\"rating\":3,\"idempotency_key\":\"alice-1\",\"duration_ms\":900}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        aliceReview = json.readTree(answered.body()).get("review_id").asLong();
        var started = send("alice", "POST", "/interview", "application/x-www-form-urlencoded", "questions=3&minutes=&seed=5");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(303);
        aliceInterview = Long.parseLong(started.headers().firstValue("Location").orElseThrow().substring("/interview/".length()));
        var dated = send("alice", "POST", "/readiness/interview-date", "application/x-www-form-urlencoded",
                "interview_date=" + LocalDate.now().plusDays(20));
        assertThat(dated.statusCode()).isEqualTo(303);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        http.close();
    }

    /**
     * A request as another user, against the owner's objects, and what it must get: 404 for objects that are
     * someone else's (their existence is not told), 403 for what the role forbids. {@code ownerStatus} is what
     * the owner gets for the same request when it changes nothing (0: not asked, as it would change something).
     */
    record Probe(String method, String path, String type, String body, int otherStatus, int ownerStatus) {
        static Probe get(String path, int otherStatus, int ownerStatus) {
            return new Probe("GET", path, null, null, otherStatus, ownerStatus);
        }

        static Probe post(String path, String type, String body, int otherStatus) {
            return new Probe("POST", path, type, body, otherStatus, 0);
        }
    }

    static List<Probe> probes() {
        String form = "application/x-www-form-urlencoded";
        String js = "application/json";
        String session = "/api/interviews/" + aliceInterview;
        return List.of(
                // Alice's answers and interviews are not Bob's: 404
                Probe.post("/api/reviews/" + aliceReview + "/undo", js, "", 404),
                Probe.get(session, 404, 200),
                Probe.get("/interview/" + aliceInterview, 404, 200),
                Probe.get("/interview/" + aliceInterview + ".md", 404, 200),
                Probe.post(session + "/questions/1/answer", js, "{\"answer\":\"anything\"}", 404),
                Probe.post(session + "/questions/1/grade", js, "{\"rating\":3}", 404),
                Probe.post(session + "/questions/1/skip", js, "", 404),
                Probe.post(session + "/finish", js, "", 404),
                // a learner changes no notes: 403
                Probe.get("/import", 403, 200),
                Probe.post("/import", form, "folder=" + SeedImportTest.SEEDS.toAbsolutePath(), 403),
                Probe.post("/api/import", js, "{\"paths\":[\"" + SeedImportTest.SEEDS.toAbsolutePath() + "\"]}", 403),
                Probe.post("/cards/" + card + "/fixtures", form, "name=data.txt&content=x", 403),
                Probe.post("/cards/" + card + "/fixtures/remove", form, "name=data.txt", 403));
    }

    @Test
    void everyProbeOfTheOtherUserIsRefusedAndTheOwnersObjectsAreIntact() throws Exception {
        for (Probe p : probes()) {
            var r = send("bob", p.method(), p.path(), p.type(), p.body());
            assertThat(r.statusCode()).as("bob: %s %s → %s", p.method(), p.path(), r.body()).isEqualTo(p.otherStatus());
        }
        for (Probe p : probes()) {
            if (p.ownerStatus() == 0) continue;
            var r = send("alice", p.method(), p.path(), p.type(), p.body());
            assertThat(r.statusCode()).as("alice: %s %s", p.method(), p.path()).isEqualTo(p.ownerStatus());
        }
        var session = json.readTree(send("alice", "GET", "/api/interviews/" + aliceInterview, null, null).body());
        assertThat(session.get("finished").asBoolean()).isFalse();
        assertThat(session.get("questions").get(0).get("skipped").asBoolean()).isFalse();
        assertThat(session.get("questions").get(0).get("answered").asBoolean()).isFalse();
        // her answer is still her latest, so she can undo it herself (Bob's attempt undid nothing)
        assertThat(send("alice", "POST", "/api/reviews/" + aliceReview + "/undo", "application/json", "").statusCode()).isEqualTo(200);
        send("alice", "POST", "/api/reviews", "application/json",
                "{\"card\":" + card + ",\"rating\":3,\"idempotency_key\":\"alice-2\",\"duration_ms\":900}");
    }

    @Test
    void whatTheOtherUserReadsShowsNothingOfTheOwners() throws Exception {
        assertThat(read("alice", "/api/stats").get("reviews").asLong()).isPositive();
        assertThat(read("bob", "/api/stats").get("reviews").asLong()).isZero();
        assertThat(read("alice", "/api/settings").get("interview_date").isNull()).isFalse();
        assertThat(read("bob", "/api/settings").get("interview_date").isNull()).isTrue();
        assertThat(read("alice", "/api/readiness").get("reviewed").asInt()).isPositive();
        JsonNode bobReadiness = read("bob", "/api/readiness");
        assertThat(bobReadiness.get("reviewed").asInt()).isZero();
        assertThat(bobReadiness.get("interview_date").isNull()).isTrue();
        assertThat(send("alice", "GET", "/interview/history", null, null).body()).contains("/interview/" + aliceInterview);
        assertThat(send("bob", "GET", "/interview/history", null, null).body()).doesNotContain("/interview/" + aliceInterview);
        // the deck itself is shared: both read the same cards
        assertThat(read("bob", "/api/cards/" + card).get("id").asLong()).isEqualTo(card);
        assertThat(read("bob", "/api/stats").get("cards")).isEqualTo(read("alice", "/api/stats").get("cards"));
    }

    @Test
    void theLearnerIsNotOfferedImport() throws Exception {
        assertThat(send("alice", "GET", "/", null, null).body()).contains("href=\"/import\"");
        var bobs = send("bob", "GET", "/", null, null);
        assertThat(bobs.statusCode()).isEqualTo(200);
        assertThat(bobs.body()).doesNotContain("href=\"/import\"").contains("href=\"/review\"");
    }

    @Test
    void theLearnerSeesACardsFixturesButIsNotOfferedToChangeThem() throws Exception {
        long card = read("alice", "/api/cards").get(0).get("id").asLong();
        String owners = send("alice", "GET", "/cards/" + card + "/fixtures", null, null).body();
        String learners = send("bob", "GET", "/cards/" + card + "/fixtures", null, null).body();
        assertThat(owners).contains("fixture-form");
        assertThat(learners).contains("Fixtures").contains("The deck's owner attaches them").doesNotContain("fixture-form")
                .doesNotContain("/fixtures/remove");
    }

    static JsonNode read(String who, String path) throws IOException, InterruptedException {
        var r = send(who, "GET", path, null, null);
        assertThat(r.statusCode()).as("%s GET %s → %s", who, path, r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    static HttpResponse<String> send(String who, String method, String path, String type, String body) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(server.url().resolve(path)).header(WHO, who);
        if (type != null) request.header("Content-Type", type);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(prepdeck.testing.LocalCsrf.withToken(request.build(), http, server.url()), HttpResponse.BodyHandlers.ofString());
    }
}
