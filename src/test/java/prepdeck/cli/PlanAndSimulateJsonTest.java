package prepdeck.cli;

import prepdeck.app.InvalidInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlanAndSimulateJsonTest {
    private static final String CARDS = """
            [{"id":"a","state":"New","stability":null,"difficulty":null,"last_review":null,"due":null},
             {"id":"b","state":"Review","stability":3.2,"difficulty":6.1,"last_review":"2026-03-04T09:00:00Z","due":"2026-03-07T09:00:00Z"},
             {"id":7,"state":"Review","stability":150,"difficulty":3,"last_review":"2026-03-09T09:00:00Z","due":"2026-08-01T09:00:00Z"},
             {"id":"d","state":"Learning","stability":0.4,"difficulty":7,"last_review":"2026-03-10T08:00:00Z","due":"2026-03-10T08:10:00Z"}]""";

    @Test
    void plansTodayFromTheContractsState() throws IOException {
        JsonNode out = plan("{\"today\":\"2026-03-10\",\"interview\":\"2026-03-11\",\"budget\":3,\"desiredRetention\":0.9,\"cards\":" + CARDS + "}");
        assertThat(out.get("review").toString()).isEqualTo("[\"d\",\"a\",\"b\"]");
    }

    @Test
    void afterTheInterviewPlansAsFsrsAndAcceptsParams() throws IOException {
        String params = "[0.212,1.2931,2.3065,8.2956,6.4133,0.8334,3.0194,0.001,1.8722,0.1666,0.796,1.4835,0.0614,0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,0.1542]";
        JsonNode out = plan("{\"today\":\"2026-03-10\",\"interview\":\"2026-03-01\",\"budget\":10,\"params\":" + params + ",\"cards\":" + CARDS + "}");
        assertThat(out.get("review").toString()).isEqualTo("[\"d\",\"b\",\"a\"]");
    }

    @Test
    void rejectsBadInputNamingTheCardAndField() {
        assertThatThrownBy(() -> plan("{\"today\":\"2026-03-10\",\"interview\":\"2026-03-11\",\"budget\":3,\"cards\":"
                + "[{\"id\":\"b\",\"state\":\"Review\",\"stability\":3,\"difficulty\":6,\"last_review\":\"yesterday\",\"due\":null}]}"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("card b: \"last_review\" must be an ISO-8601");
        assertThatThrownBy(() -> plan("{\"today\":\"2026-03-10\",\"interview\":\"2026-03-11\",\"budget\":3,\"cards\":"
                + "[{\"id\":\"b\",\"state\":\"Mastered\"}]}"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("card b:").hasMessageContaining("\"Mastered\"");
        assertThatThrownBy(() -> plan("{\"today\":\"10.03.2026\",\"interview\":\"2026-03-11\",\"budget\":3,\"cards\":[]}"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("\"today\"").hasMessageContaining("10.03.2026");
        assertThatThrownBy(() -> plan("{\"today\":\"2026-03-10\",\"interview\":\"2026-03-11\",\"budget\":-1,\"cards\":[]}"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("got -1");
    }

    @Test
    void plansWithSeveralInterviewsAndAWeeklyTimeBudget() throws IOException {
        JsonNode out = plan("{\"today\":\"2026-03-10\",\"weekly_budget\":\"1 min Mon-Fri, 0 Sat-Sun\",\"default_seconds\":15,"
                + "\"interviews\":[{\"name\":\"first\",\"day\":\"2026-03-12\",\"weights\":{\"a\":1,\"b\":1}},"
                + "{\"name\":\"second\",\"day\":\"2026-03-16\",\"weights\":{\"7\":0.5}}],\"cards\":" + CARDS + "}");
        // 60 s today: the step due (15 s), then the best of the scope (a new card costs 30 s)
        assertThat(out.get("review").size()).isBetween(2, 3);
        assertThat(out.get("review").get(0).textValue()).isEqualTo("d");
        assertThat(out.get("days")).hasSize(6);
        assertThat(out.get("days").get(4).get("available_minutes").doubleValue()).isZero(); // Saturday
        assertThat(out.get("forecasts")).hasSize(2);
        assertThat(out.get("forecasts").get(0).get("name").textValue()).isEqualTo("first");
        assertThat(out.get("forecasts").get(0).get("with_plan").doubleValue()).isGreaterThan(out.get("forecasts").get(0).get("without_reviews").doubleValue());
        assertThatThrownBy(() -> plan("{\"today\":\"2026-03-10\",\"weekly_budget\":\"lots\",\"interviews\":[],\"cards\":[]}"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("\"lots\"");
    }

    @Test
    void simulatePrintsBothPoliciesWithRecallAndReviews() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new SimulateJson().simulate(new SimulateJson.Options(10, 40, 10, 42), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        JsonNode out = new ObjectMapper().readTree(bytes.toString(StandardCharsets.UTF_8));
        assertThat(out.get("policies")).hasSize(2);
        assertThat(out.get("policies").get(0).get("name").textValue()).isEqualTo("fsrs");
        assertThat(out.get("policies").get(1).get("name").textValue()).isEqualTo("interview-planner");
        for (JsonNode p : out.get("policies")) {
            assertThat(p.get("mean_recall_on_day").doubleValue()).isBetween(0.0, 1.0);
            assertThat(p.get("reviews").intValue()).isPositive();
        }
        assertThatThrownBy(() -> new SimulateJson.Options(1, 40, 10, 42)).isInstanceOf(InvalidInputException.class).hasMessageContaining("--days");
    }

    private static JsonNode plan(String input) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new PlanJson().plan(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new ObjectMapper().readTree(bytes.toString(StandardCharsets.UTF_8));
    }
}
