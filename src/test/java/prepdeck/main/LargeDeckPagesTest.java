package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.app.ImportProgress;
import prepdeck.bench.SyntheticNotes;
import prepdeck.cli.WebServing;

/**
 * Pages over a deck too large to show whole, through the real server: the topic tree, a topic's lists, the gaps,
 * the topic pickers and the JSON lists each show a bounded page and say how to reach the rest. What each page
 * costs at 100,000 cards and 50,000 topics is measured by {@code prepdeck bench pages}, not here.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeDeckPagesTest {
    /** 40 files of 50 topics: 2,040 topics, 4,000 cards and gaps; and one topic holding 450 cards and 60 gaps. */
    private static final int FILES = 40;

    @TempDir static Path data;
    @TempDir static Path notes;
    WebServing.Served served;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void start() throws IOException {
        new SyntheticNotes(7).writeTopics(notes, FILES);
        var wide = new StringBuilder("# Wide\n\n");
        for (int q = 1; q <= 510; q++) {
            wide.append("## What is item ").append(q).append("?\n\n");
            // "TODO": a placeholder, so a gap (a bare question heading would share the next one's answer)
            wide.append(q % 17 != 0 ? "Item " + q + " is the answer number " + q + "." : "TODO").append("\n\n");
        }
        Files.writeString(notes.resolve("wide.md"), wide);
        var useCases = Main.openSingleUser(data);
        var report = useCases.importNotes().run(List.of(notes), ImportProgress.NONE);
        assertThat(report.totals().topics()).isGreaterThan(2_000);
        served = Main.serveWeb(useCases, data, "127.0.0.1", 0);
    }

    @AfterAll
    void stop() throws Exception {
        if (served != null) served.stop().close();
    }

    @Test
    void theTopicTreeOpensOnlyTheLevelsThatFitOnAPage() throws Exception {
        String home = ok("/");
        int rows = count(home, "class=\"topic\"");
        assertThat(rows).isLessThanOrEqualTo(1_500).isGreaterThanOrEqualTo(FILES + 1);
        assertThat(home).contains("class=\"meta folded\"").contains("subtopics ›").contains("topics: the tree opens as many levels");
    }

    @Test
    void aTopicListsItsCardsAndGapsAPageAtATime() throws Exception {
        long wide = topicId("Wide");
        String first = ok("/topics/" + wide);
        assertThat(count(first, "class=\"card-row")).isEqualTo(200);
        assertThat(first).contains("480 cards · 30 gaps here").contains("Cards 1–200 of 480")
                .contains("href=\"/topics/" + wide + "?cards_page=2\" rel=\"next\"");
        String last = ok("/topics/" + wide + "?cards_page=3");
        assertThat(count(last, "class=\"card-row")).isEqualTo(80);
        assertThat(last).contains("What is item 510?").doesNotContain("What is item 1?<");
        // past the end: the last page, not an empty one
        assertThat(count(ok("/topics/" + wide + "?cards_page=99"), "class=\"card-row")).isEqualTo(80);
        assertThat(ok("/topics/" + wide)).contains("review this topic");
    }

    @Test
    void theGapsPageListsAHundredGapsAndLinksTheRest() throws Exception {
        String first = ok("/gaps");
        int total = json.readTree(ok("/api/stats")).get("gaps").asInt();
        assertThat(total).isGreaterThan(300);
        assertThat(count(first, "class=\"gap\"") + count(first, "class=\"gap ")).isEqualTo(100);
        assertThat(first).contains(total + " questions and sections are").contains("href=\"/gaps?page=2\" rel=\"next\"");
        int lastPage = (total + 99) / 100;
        String last = ok("/gaps?page=" + lastPage);
        assertThat(count(last, "class=\"gap\"") + count(last, "class=\"gap ")).isEqualTo(total - (lastPage - 1) * 100);
        var bad = get("/gaps?page=zero");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("page must be a page number (1, 2, …), got 'zero'");
    }

    @Test
    void theJsonListsArePagedWithTheirTotalAndTheNextAddress() throws Exception {
        var cards = get("/api/cards");
        assertThat(cards.statusCode()).isEqualTo(200);
        int total = Integer.parseInt(cards.headers().firstValue("X-Total-Count").orElseThrow());
        assertThat(json.readTree(cards.body()).size()).isEqualTo(1_000);
        assertThat(cards.headers().firstValue("Link").orElseThrow()).isEqualTo("</api/cards?offset=1000&limit=1000>; rel=\"next\"");
        var tail = get("/api/cards?offset=" + (total - 3) + "&limit=10");
        assertThat(json.readTree(tail.body()).size()).isEqualTo(3);
        assertThat(tail.headers().firstValue("Link")).isEmpty();
        // the pages cover every card once
        JsonNode all = json.readTree(ok("/api/cards?limit=10000"));
        assertThat(all.size()).isEqualTo(total);
        assertThat(json.readTree(ok("/api/cards?offset=1000&limit=1")).get(0).get("id")).isEqualTo(all.get(1000).get("id"));

        var gaps = get("/api/gaps");
        assertThat(json.readTree(gaps.body()).size()).isEqualTo(100);
        assertThat(gaps.headers().firstValue("Link").orElseThrow()).isEqualTo("</api/gaps?offset=100&limit=100>; rel=\"next\"");
        var topic = get("/api/cards?topic=" + URLEncoder.encode("Wide", StandardCharsets.UTF_8) + "&limit=50");
        assertThat(topic.headers().firstValue("X-Total-Count")).contains("510"); // gaps are cards too in the contract's list
        assertThat(topic.headers().firstValue("Link").orElseThrow()).isEqualTo("</api/cards?offset=50&limit=50&topic=Wide>; rel=\"next\"");
        JsonNode readiness = json.readTree(ok("/api/readiness?limit=5"));
        assertThat(readiness.get("topics")).hasSize(5);
        assertThat(readiness.get("topics_total").asInt()).isGreaterThan(2_000);
        var tooMany = get("/api/cards?limit=100000");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("limit must be a whole number from 1 to 10000, got '100000'");
    }

    @Test
    void theReadinessTableAndTheSnippetsPageStayShort() throws Exception {
        String readiness = ok("/readiness");
        assertThat(count(readiness, "<tr data-topic=")).isEqualTo(200);
        assertThat(readiness).containsPattern("Topics 1–200 of \\d{4}").contains("href=\"/readiness?topics_page=2\" rel=\"next\"");
        assertThat(ok("/snippets")).contains("Snippets");
    }

    @Test
    void thePickersListTheUpperLevelsAndAlwaysTheChosenTopic() throws Exception {
        String review = ok("/review");
        assertThat(count(review, "<option value=")).isLessThanOrEqualTo(301).isGreaterThan(FILES);
        assertThat(review).contains("topics listed; any topic's page has “review this topic”.");
        // a deep topic chosen from its page stays selected although the picker does not list its level
        JsonNode deep = null;
        for (JsonNode t : json.readTree(ok("/api/topics?limit=10000"))) {
            if (!t.get("parent").isNull()) {
                deep = t;
                break;
            }
        }
        assertThat(deep).isNotNull();
        String chosen = ok("/review?topic=" + URLEncoder.encode(deep.get("path").asText(), StandardCharsets.UTF_8));
        assertThat(chosen).containsPattern("<option value=\"" + Pattern.quote(deep.get("path").asText()) + "\" selected");
        String interview = ok("/interview");
        assertThat(count(interview, "<option value=")).isLessThanOrEqualTo(310);
    }

    private long topicId(String path) throws Exception {
        for (JsonNode t : json.readTree(ok("/api/topics?limit=10000"))) {
            if (t.get("path").asText().equals(path)) return t.get("id").asLong();
        }
        throw new AssertionError("no topic " + path);
    }

    private static int count(String page, String what) {
        int n = 0;
        for (int i = page.indexOf(what); i >= 0; i = page.indexOf(what, i + what.length())) n++;
        return n;
    }

    private String ok(String path) throws Exception {
        var reply = get(path);
        assertThat(reply.statusCode()).as("GET " + path + ": " + reply.body()).isEqualTo(200);
        return reply.body();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = served.url().resolve(path);
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
