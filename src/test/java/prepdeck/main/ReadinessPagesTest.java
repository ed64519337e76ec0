package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import prepdeck.app.ImportProgress;
import prepdeck.app.UseCases;
import prepdeck.cli.WebServing;

/** /readiness, /settings and their JSON on a real server over the seeds. */
class ReadinessPagesTest {
    @TempDir static Path data;
    static SeedServer server;
    static UseCases useCases;
    static WebServing.Served served;

    @BeforeAll
    static void start() {
        server = SeedServer.start(data);
        useCases = server.useCases();
        served = server.served();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return server.get(path);
    }

    static HttpResponse<String> post(String path, String form, String origin) throws Exception {
        return server.post(path, "application/x-www-form-urlencoded", form, "Origin", origin);
    }

    static String self() {
        URI u = served.url();
        return u.getScheme() + "://" + u.getRawAuthority();
    }

    static JsonNode json(String path) throws Exception {
        return new ObjectMapper().readTree(get(path).body());
    }

    static List<Document> svgs(String html) throws Exception {
        var out = new ArrayList<Document>();
        Matcher m = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL).matcher(html);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        while (m.find()) out.add(factory.newDocumentBuilder().parse(new ByteArrayInputStream(m.group().getBytes(StandardCharsets.UTF_8))));
        return out;
    }

    @Test
    void withoutADateThePageOffersOneAndShowsRecallTodayInAWeekAndAMonth() throws Exception {
        useCases.practice().setInterviewDate(java.util.Optional.empty());
        var page = get("/readiness");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("No interview date yet").contains("action=\"/readiness/interview-date\"")
                .contains("Recall today").contains("Recall in 7 days").contains("Recall in 30 days").contains("href=\"/readiness\" aria-current=\"page\"");
        JsonNode r = json("/api/readiness");
        assertThat(r.get("interview_date").isNull()).isTrue();
        assertThat(r.get("targets").size()).isEqualTo(3);
        assertThat(r.get("days").size()).isEqualTo(31);
        assertThat(r.get("topics").size()).isPositive();
    }

    @Test
    void theChartsAreWellFormedSvgWithTitleAndDescAndAnInterviewDateAddsThePlan() throws Exception {
        String day = LocalDate.now(ZoneOffset.UTC).plusDays(12).toString();
        var set = post("/readiness/interview-date", "interview_date=" + day, self());
        assertThat(set.statusCode()).isEqualTo(303);
        var page = get("/readiness");
        List<Document> charts = svgs(page.body());
        assertThat(charts).hasSize(2);
        for (Document svg : charts) {
            Element root = svg.getDocumentElement();
            assertThat(root.getLocalName()).isEqualTo("svg");
            assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
            assertThat(root.getAttribute("role")).isEqualTo("img");
            var title = (Element) root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0);
            assertThat(title.getTextContent()).isNotBlank();
            assertThat(root.getAttribute("aria-labelledby")).contains(title.getAttribute("id"));
            assertThat(root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "desc").getLength()).isEqualTo(1);
        }
        assertThat(charts.get(0).getDocumentElement().getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline").getLength())
                .as("no reviews, and the plan followed").isEqualTo(2);
        assertThat(page.body()).contains("Recall on interview day").contains("if you follow the plan");
        JsonNode r = json("/api/readiness");
        assertThat(r.get("interview_date").asText()).isEqualTo(day);
        assertThat(r.get("days").size()).isEqualTo(13);
        assertThat(r.get("days").get(0).get("planned").asInt()).isPositive();
        assertThat(r.get("days").get(12).get("recall_with_plan").asDouble()).isGreaterThan(r.get("days").get(12).get("recall_no_reviews").asDouble());
    }

    @Test
    void settingsRoundTripThroughTheFormAndAnotherSitesPostIsRefused() throws Exception {
        String day = LocalDate.now(ZoneOffset.UTC).plusDays(20).toString();
        var saved = post("/settings", "interview_date=" + day + "&daily_budget=70&new_per_day=12&desired_retention=0.85", self());
        assertThat(saved.statusCode()).isEqualTo(303);
        JsonNode s = json("/api/settings");
        assertThat(s.get("interview_date").asText()).isEqualTo(day);
        assertThat(s.get("daily_budget").asInt()).isEqualTo(70);
        assertThat(s.get("new_per_day").asInt()).isEqualTo(12);
        assertThat(s.get("desired_retention").asDouble()).isEqualTo(0.85);
        var page = get("/settings?saved=1").body();
        assertThat(page).contains("value=\"" + day + "\"").contains("value=\"70\"").contains("Settings saved.");

        assertThat(post("/settings", "interview_date=&daily_budget=5&new_per_day=1&desired_retention=0.9", "https://evil.example").statusCode())
                .isEqualTo(403);
        assertThat(json("/api/settings").get("daily_budget").asInt()).isEqualTo(70);
        assertThat(post("/settings", "interview_date=&daily_budget=lots&new_per_day=1&desired_retention=0.9", self()).statusCode()).isEqualTo(400);

        var refit = post("/settings/refit", "", self());
        assertThat(refit.statusCode()).isEqualTo(303);
        assertThat(get("/settings").body()).contains("Last fit:").contains("reviews, log loss");
    }
}
