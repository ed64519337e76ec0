package prepdeck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import prepdeck.app.CardQuery;
import prepdeck.contract.ContractJson;

class ApiTest {
    private static TestServer server;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ContractJson CONTRACT = new ContractJson();

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void healthSaysOk() {
        var response = server.get("/api/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).toString()).isEqualTo("{\"status\":\"ok\"}");
    }

    @Test
    void statsTopicsCardsAndGapsAreTheContractShapes() {
        // Byte for byte what the CLI prints with --json, since both go through ContractJson.
        var k = server.knowledge;
        assertThat(server.get("/api/stats").body()).isEqualTo(CONTRACT.write(CONTRACT.stats(k.stats())));
        assertThat(server.get("/api/topics").body()).isEqualTo(CONTRACT.write(CONTRACT.topics(k.topics())));
        assertThat(server.get("/api/cards").body()).isEqualTo(CONTRACT.write(CONTRACT.cards(k.cards(CardQuery.ALL))));
        assertThat(server.get("/api/gaps").body()).isEqualTo(CONTRACT.write(CONTRACT.gaps(k.gaps())));
    }

    @Test
    void cardsListTheFieldsTheCliContractNames() {
        JsonNode first = json(server.get("/api/cards")).get(0);
        assertThat(first.fieldNames()).toIterable().contains("id", "prompt", "answer", "kind", "topic", "source", "line",
                "language", "status", "parent", "follow_ups");
        assertThat(first.get("kind").asText()).isEqualTo("question");
        assertThat(first.get("parent").isNull()).isTrue();
    }

    @Test
    void cardsCanBeNarrowedByTopicAndSource() {
        JsonNode byTopic = json(server.get("/api/cards?topic=" + encode("Python / Генераторы")));
        assertThat(byTopic).extracting(c -> c.get("id").asLong())
                .containsExactly(FixtureKnowledge.GENERATOR_CARD, FixtureKnowledge.YIELD_FOLLOW_UP);
        JsonNode underPython = json(server.get("/api/cards?topic=Python"));
        assertThat(underPython).hasSize(3);
        JsonNode bySource = json(server.get("/api/cards?source=002_course.txt"));
        assertThat(bySource).extracting(c -> c.get("id").asLong()).containsExactly(FixtureKnowledge.DOCKER_CARD);
        assertThat(json(server.get("/api/cards?source=nothing.txt"))).isEmpty();
    }

    @Test
    void oneCardByIdWithFollowUpsAndReferences() {
        JsonNode card = json(server.get("/api/cards/" + FixtureKnowledge.GENERATOR_CARD));
        assertThat(card.get("prompt").asText()).isEqualTo("Что такое генератор?");
        assertThat(card.get("follow_ups")).extracting(JsonNode::asLong).containsExactly(FixtureKnowledge.YIELD_FOLLOW_UP);
        assertThat(json(server.get("/api/cards/" + FixtureKnowledge.YIELD_FOLLOW_UP)).get("parent").asLong())
                .isEqualTo(FixtureKnowledge.GENERATOR_CARD);
    }

    @Test
    void unknownCardIs404WithTheContractMessage() {
        var response = server.get("/api/cards/42");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).toString()).isEqualTo("{\"error\":\"no card 42\"}");
    }

    @Test
    void nonNumericCardIdIs400() {
        for (String id : new String[] {"abc", "-1", "0", "1.5", "99999999999999999999999"}) {
            var response = server.get("/api/cards/" + id);
            assertThat(response.statusCode()).as(id).isEqualTo(400);
            assertThat(json(response).get("error").asText()).contains("card id must be a positive whole number");
        }
    }

    @Test
    void unknownApiRouteIsJson404() {
        var response = server.get("/api/nothing-here");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("error").asText()).contains("/api/nothing-here");
    }

    @Test
    void importReadsTheNamedFolderAndAnswersTheReport() throws IOException {
        Path folder = Files.createTempDirectory(server.dataDir, "notes");
        Files.writeString(folder.resolve("000.txt"), "# Python\n\nГенератор — функция с yield\n");
        var response = server.postJson("/api/import", "{\"paths\":[" + MAPPER.writeValueAsString(folder.toString()) + "]}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = json(response);
        assertThat(report.get("sources").get(0).get("path").asText()).isEqualTo("000.txt");
        assertThat(report.get("sources").get(0).get("diagnostics").get(0).fieldNames()).toIterable()
                .containsExactly("path", "line", "message");
        assertThat(report.get("totals").fieldNames()).toIterable()
                .containsExactly("sources", "topics", "cards", "gaps", "snippets", "retired", "unchanged_sources");
        assertThat(server.imports.calls.getLast().paths()).containsExactly(folder.toAbsolutePath());
    }

    @Test
    void importRefusesBadRequestsWithAMessage() {
        var notJson = server.postJson("/api/import", "not json");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("the body is not JSON (line 1, column ").contains("send one JSON object")
                .doesNotContain("Unrecognized token").doesNotContain("Source:");
        var cut = server.postJson("/api/import", "{\"paths\": [\"a\"");
        assertThat(cut.body()).contains("the body is not JSON (line 1, column ").contains("stops before it is complete");
        assertThat(server.postJson("/api/import", "{}").statusCode()).isEqualTo(400);
        assertThat(server.postJson("/api/import", "{\"paths\":[]}").statusCode()).isEqualTo(400);
        assertThat(server.postJson("/api/import", "{\"paths\":[3]}").statusCode()).isEqualTo(400);
        var missing = server.postJson("/api/import", "{\"paths\":[\"/no/such/folder/anywhere\"]}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).get("error").asText()).isEqualTo("no such file or folder: /no/such/folder/anywhere");
    }

    @Test
    void anImportTheNotesRefuseIs400WithTheImportersMessage() throws IOException {
        Path folder = Files.createTempDirectory(server.dataDir, "broken");
        Files.writeString(folder.resolve("bad.txt"), "BROKEN\n");
        var response = server.postJson("/api/import", "{\"paths\":[" + MAPPER.writeValueAsString(folder.toString()) + "]}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).isEqualTo("bad.txt:1: cannot make sense of this file");
        assertThat(server.get("/api/health").statusCode()).isEqualTo(200);
    }

    @Test
    void aChangeRequestedByAnotherSiteIsRefused() {
        var response = server.send(HttpRequest.newBuilder(server.uri("/api/import"))
                .header("Content-Type", "application/json").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"paths\":[\"/tmp\"]}")).build());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(server.imports.calls).noneMatch(c -> c.paths().contains(Path.of("/tmp")));
    }

    @Test
    void aChangeFromAPageWithoutAnOriginIsRefused() throws Exception {
        // a sandboxed iframe or a local file posts with "Origin: null"; not even the token lets that through
        String token = prepdeck.testing.LocalCsrf.token(server.http, server.server.url());
        var response = server.http.send(HttpRequest.newBuilder(server.uri("/api/import"))
                .header("Content-Type", "application/json").header("Origin", "null").header("X-CSRF-Token", token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"paths\":[\"/tmp\"]}")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).get("error").asText()).contains("without an origin");
        assertThat(server.imports.calls).noneMatch(c -> c.paths().contains(Path.of("/tmp")));
    }

    @Test
    void aChangeNamingNoOriginMustCarryTheToken() throws Exception {
        Path folder = java.nio.file.Files.createTempDirectory("no-token");
        var bare = HttpRequest.newBuilder(server.uri("/api/import")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"paths\":[\"" + folder + "\"]}"));
        var refused = server.http.send(bare.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("error").asText()).contains("X-CSRF-Token");
        var wrong = server.http.send(bare.copy().header("X-CSRF-Token", "not-the-token").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(server.imports.calls).noneMatch(c -> c.paths().contains(folder));
        // a browser that declares the request same-origin (Fetch Metadata and Origin) needs no token
        var fromOurPage = server.http.send(bare.copy().header("Sec-Fetch-Site", "same-origin").header("Origin", server.server.url().toString().replaceAll("/$", "")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(fromOurPage.statusCode()).as(fromOurPage.body()).isEqualTo(200);
        var script = server.http.send(bare.copy().header("X-CSRF-Token", prepdeck.testing.LocalCsrf.token(server.http, server.server.url())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(script.statusCode()).as(script.body()).isEqualTo(200);
        assertThat(server.imports.calls).anyMatch(c -> c.paths().contains(folder));
    }

    @Test
    void aForeignHostNameIsRefused() throws IOException {
        // As a DNS-rebinding page would send it: our address, someone else's name.
        assertThat(rawGet("evil.example:" + server.server.port())).startsWith("HTTP/1.1 403");
        assertThat(rawGet("localhost:" + server.server.port())).startsWith("HTTP/1.1 200");
        assertThat(RequestGuard.hostName("[::1]:7070")).isEqualTo("[::1]");
    }

    private static String rawGet(String host) throws IOException {
        try (var socket = new java.net.Socket("127.0.0.1", server.server.port())) {
            socket.getOutputStream().write(("GET /api/health HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
