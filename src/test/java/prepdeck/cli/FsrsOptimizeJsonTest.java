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
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import prepdeck.review.fsrs.Optimizer;
import prepdeck.review.fsrs.Parameters;

class FsrsOptimizeJsonTest {
    // Each reading of the clock advances it by 1.5 s.
    private final AtomicLong now = new AtomicLong();
    private final FsrsOptimizeJson command =
            new FsrsOptimizeJson(new Optimizer(Optimizer.Config.DEFAULT), () -> now.getAndAdd(1_500_000_000L));

    @Test
    void writesTheContractFieldsForALogInTheSimulatorsFormat() throws IOException {
        StringBuilder cards = new StringBuilder();
        for (int c = 0; c < 200; c++) {
            if (c > 0) cards.append(',');
            int day = 1 + c % 20;
            cards.append("{\"id\":\"c").append(c).append("\",\"reviews\":[")
                    .append("{\"ts\":\"2025-01-").append(String.format("%02d", day)).append("T08:00:00.000Z\",\"rating\":3},")
                    .append("{\"ts\":\"2025-02-").append(String.format("%02d", day)).append("T08:00:00.000Z\",\"rating\":")
                    .append(c % 7 == 0 ? 1 : 3).append("}]}");
        }
        JsonNode out = run("{\"meta\":{\"seed\":1},\"cards\":[" + cards + "]}");
        List<String> names = iterate(out.fieldNames());
        assertThat(names).startsWith("reviews", "params", "log_loss", "rmse_bins", "default_log_loss", "default_rmse_bins", "fit_seconds");
        assertThat(out.get("reviews").intValue()).isEqualTo(400);
        assertThat(out.get("params")).hasSize(21);
        assertThat(out.get("fit_seconds").doubleValue()).isEqualTo(1.5);
        assertThat(out.get("fitted").textValue()).isEqualTo("initial_stability_only");
        assertThat(out.get("log_loss").doubleValue()).isLessThanOrEqualTo(out.get("default_log_loss").doubleValue());
        assertThat(out.get("rmse_bins").isNumber()).isTrue();
    }

    @Test
    void tooLittleDataGivesTheDefaultsAndNullMetrics() throws IOException {
        JsonNode out = run("[{\"id\":1,\"reviews\":[{\"ts\":\"2025-01-01T08:00:00Z\",\"rating\":3}]}]");
        assertThat(out.get("fitted").textValue()).isEqualTo("defaults");
        assertThat(out.get("reviews").intValue()).isEqualTo(1);
        assertThat(out.get("params").get(0).doubleValue()).isEqualTo(Parameters.DEFAULT.get(0));
        assertThat(out.get("log_loss").isNull()).isTrue();
    }

    @Test
    void rejectsABadRatingNamingTheCard() {
        assertThatThrownBy(() -> run("[{\"id\":\"x\",\"reviews\":[{\"ts\":\"2025-01-01T08:00:00Z\",\"rating\":0}]}]"))
                .isInstanceOf(InvalidInputException.class).hasMessage("card x: rating must be 1..4, got 0");
    }

    private JsonNode run(String input) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        command.optimize(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new ObjectMapper().readTree(bytes.toString(StandardCharsets.UTF_8));
    }

    private static List<String> iterate(Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
