package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import prepdeck.cli.Cli;

/**
 * The load benchmark's harness, run small (a few learners, 2 seconds, a small deck) so CI knows it still works and
 * still checks what it claims to: no errors, every acknowledged answer stored exactly once, retries answered
 * identically. Nothing here is timed: the figures are the benchmark's business (docs/BENCHMARKS.md).
 */
class ServerBenchTest {
    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var console = new Cli.Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), false);
        int code = Main.run(args, console);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static JsonNode figures(Run run) throws Exception {
        assertThat(run.code()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out()).path("figures");
    }

    /** What both modes must show: answers went through, and the database holds each acknowledged one once. */
    private static void assertCorrect(JsonNode f, String err) {
        assertThat(f.path("answers").asLong()).as(err).isPositive();
        assertThat(f.path("errors").asLong()).as(err).isZero();
        assertThat(f.path("answers_unknown").asLong()).as(err).isZero();
        assertThat(f.path("reviews_stored").asLong()).as(err).isEqualTo(f.path("answers").asLong());
        assertThat(f.path("reviews_lost").asLong()).as(err).isZero();
        assertThat(f.path("reviews_doubled").asLong()).as(err).isZero();
        assertThat(f.path("review_ids_repeated").asLong()).as(err).isZero();
        assertThat(f.path("retries").asLong()).as("with one answer in 3 re-sent, some were").isPositive();
        assertThat(f.path("retries_different").asLong()).as(err).isZero();
        assertThat(f.path("next_requests").asLong()).isGreaterThanOrEqualTo(f.path("answers").asLong());
        assertThat(f.has("answer_p99_ms")).isTrue();
    }

    @Test
    void serverModeLearnersLogInOverHttpAndEveryAcknowledgedAnswerIsStoredOnce() throws Exception {
        var run = run("bench", "server", "--learners", "4", "--seconds", "2", "--files", "3", "--retry-one-in", "3", "--json");
        JsonNode f = figures(run);
        assertCorrect(f, run.err());
        assertThat(f.path("learners").asInt()).isEqualTo(4);
        assertThat(f.path("learners_mismatched").asLong()).as(run.err()).isZero();
        assertThat(f.path("login_errors").asLong()).as(run.err()).isZero();
        assertThat(f.path("login_max_ms").asDouble()).isPositive();
        assertThat(f.path("cards").asLong()).isPositive();
    }

    @Test
    void singleUserClientsAnswerAsTheLocalUserAndEveryAcknowledgedAnswerIsStoredOnce() throws Exception {
        var run = run("bench", "server", "--single-user", "--learners", "4", "--seconds", "2", "--files", "3", "--retry-one-in", "3", "--think-ms", "5",
                "--json");
        JsonNode f = figures(run);
        assertCorrect(f, run.err());
        assertThat(f.has("login_p99_ms")).as("single-user mode has no login").isFalse();
        assertThat(f.path("think_ms_max").asInt()).isEqualTo(5);
    }

    @Test
    void refusesADatabaseThatIsNotPostgresqlAndDbWithSingleUser() {
        var notPg = run("bench", "server", "--db", "mysql://somewhere/db");
        assertThat(notPg.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(notPg.err()).contains("--db must be a postgresql://");
        var both = run("bench", "server", "--single-user", "--db", "postgresql://localhost/db");
        assertThat(both.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(both.err()).contains("--single-user");
    }
}
