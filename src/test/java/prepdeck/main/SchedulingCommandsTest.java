package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fsrs replay, fsrs optimize, plan and simulate as scripts call them. */
class SchedulingCommandsTest {
    @TempDir Path temp;

    InProcess.Run prepdeck(String... args) {
        return new InProcess(temp.resolve("data")).prepdeck(args);
    }

    @Test
    void replayPrintsTheOraclesLinesForItsOwnExample() throws Exception {
        var run = prepdeck("fsrs", "replay", "--in", "../shared/oracles/fsrs/examples/sample.json");
        assertThat(run.exit()).as(run.err()).isZero();
        var expected = Files.readAllLines(Path.of("../shared/oracles/fsrs/examples/sample.expected.jsonl"));
        var actual = run.out().lines().toList();
        assertThat(actual).hasSameSizeAs(expected);
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        for (int i = 0; i < expected.size(); i++) {
            var e = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(expected.get(i));
            e.remove("rs");
            var a = mapper.readTree(actual.get(i));
            for (String field : new String[] {"card", "i", "state", "stability", "difficulty", "elapsed_days", "scheduled_days", "due", "r_before"}) {
                assertThat(a.get(field)).as("line %d field %s", i, field).isEqualTo(e.get(field));
            }
        }
    }

    @Test
    void planReturnsAtMostTheBudgetInOrder() throws Exception {
        Path state = temp.resolve("state.json");
        Files.writeString(state, """
                {"today":"2026-11-22","interview":"2026-12-05","budget":2,"desiredRetention":0.9,
                 "cards":[{"id":"a","state":"New","stability":null,"difficulty":null,"last_review":null,"due":null},
                          {"id":"b","state":"Review","stability":3.2,"difficulty":5.1,"last_review":"2026-11-15T10:00:00Z","due":"2026-11-18T10:00:00Z"},
                          {"id":"c","state":"Review","stability":40,"difficulty":3,"last_review":"2026-11-20T10:00:00Z","due":"2027-01-01T10:00:00Z"}]}
                """);
        var run = prepdeck("plan", "--in", state.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        var review = run.json().get("review");
        assertThat(review.size()).isBetween(1, 2);
        review.forEach(id -> assertThat(id.asText()).isIn("a", "b", "c"));
    }

    @Test
    void simulateComparesBothPoliciesAndTheBadInputIsTheUsersFault() {
        var run = prepdeck("simulate", "--json", "--days", "14", "--cards", "100", "--budget", "20", "--seed", "3");
        assertThat(run.exit()).as(run.err()).isZero();
        var policies = run.json().get("policies");
        assertThat(policies.size()).isEqualTo(2);
        policies.forEach(p -> {
            assertThat(p.get("mean_recall_on_day").asDouble()).isBetween(0.0, 1.0);
            assertThat(p.get("reviews").asInt()).isPositive();
        });
        var bad = prepdeck("simulate", "--days", "1");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("--days must be at least 2, got 1");
        var missing = prepdeck("fsrs", "optimize", "--in", temp.resolve("nope.json").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("no such file");
    }
}
