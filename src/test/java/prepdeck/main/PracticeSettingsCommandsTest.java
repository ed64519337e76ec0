package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.app.CardQuery;
import prepdeck.app.CardView;
import prepdeck.app.ImportProgress;
import prepdeck.app.PastReview;

/** settings, interview-date, fsrs optimize on the user's own history and search is:due, through the whole program. */
class PracticeSettingsCommandsTest {
    @TempDir Path temp;

    InProcess.Run prepdeck(String... args) {
        return new InProcess(temp.resolve("data")).prepdeck(args);
    }

    @Test
    void settingsAreChangedShownAndKept() {
        String soon = LocalDate.now(ZoneOffset.UTC).plusDays(14).toString();
        var set = prepdeck("settings", "--interview-date", soon, "--budget", "60", "--new-per-day", "15", "--retention", "0.88", "--json");
        assertThat(set.exit()).as(set.err()).isZero();
        JsonNode s = prepdeck("settings", "--json").json();
        assertThat(s.get("interview_date").asText()).isEqualTo(soon);
        assertThat(s.get("daily_budget").asInt()).isEqualTo(60);
        assertThat(s.get("new_per_day").asInt()).isEqualTo(15);
        assertThat(s.get("desired_retention").asDouble()).isEqualTo(0.88);
        assertThat(s.get("fsrs_params").size()).isEqualTo(21);
        assertThat(s.get("fsrs_params_fitted").asBoolean()).isFalse();

        assertThat(prepdeck("interview-date").out()).contains("Interview date: " + soon);
        assertThat(prepdeck("interview-date", "--clear").exit()).isZero();
        assertThat(prepdeck("settings", "--json").json().get("interview_date").isNull()).isTrue();
        assertThat(prepdeck("interview-date", soon).exit()).isZero();
        assertThat(prepdeck("settings").out()).contains("interview date").contains(soon).contains("defaults");

        var bad = prepdeck("interview-date", "next friday");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("2026-03-01");
        assertThat(prepdeck("interview-date", "2001-01-01").err()).contains("in the past");
        assertThat(prepdeck("settings", "--budget", "0").exit()).isEqualTo(1);
    }

    @Test
    void optimizeWithoutAFileFitsTheOwnHistoryAndKeepsTheDefaultsWhenItIsTooShort() {
        assertThat(prepdeck("import", SeedImportTest.SEEDS.toString()).exit()).isZero();
        var empty = prepdeck("fsrs", "optimize", "--json");
        assertThat(empty.exit()).as(empty.err()).isZero();
        assertThat(empty.json().get("reviews").asInt()).isZero();
        assertThat(empty.json().get("replaced").asBoolean()).isFalse();

        var review = new InProcess(temp.resolve("data")).withInput("\n3\n\n4\n\n1\nq\n", "review");
        assertThat(review.exit()).as(review.err()).isZero();
        var run = prepdeck("fsrs", "optimize", "--json");
        JsonNode fit = run.json();
        assertThat(fit.get("reviews").asInt()).isEqualTo(3);
        assertThat(fit.get("fitted").asText()).isEqualTo("defaults");
        assertThat(fit.get("replaced").asBoolean()).isFalse();
        assertThat(fit.get("params_in_use").size()).isEqualTo(21);
        assertThat(List.of("params", "log_loss", "rmse_bins", "default_log_loss", "default_rmse_bins", "fit_seconds"))
                .allSatisfy(f -> assertThat(fit.has(f)).as(f).isTrue());
        assertThat(prepdeck("settings", "--json").json().get("last_refit").asText()).contains("3 reviews");
    }

    @Test
    void isDueFindsTheSeedCardsThatAreDueAfterAFewAnswers() {
        var useCases = Main.openSingleUser(temp.resolve("data"));
        useCases.importNotes().run(List.of(SeedImportTest.SEEDS), ImportProgress.NONE);
        List<CardView> cards = useCases.knowledge().cards(CardQuery.ALL).stream().filter(c -> c.status().name().equals("ANSWERED")).toList();
        CardView docker = cards.stream().filter(c -> c.prompt().equals("Яка команда: перегляд запущених контейнерів?")).findFirst().orElseThrow();
        CardView other = cards.stream().filter(c -> !c.topic().equals(docker.topic())).findFirst().orElseThrow();
        CardView fresh = cards.stream().filter(c -> c.topic().equals(docker.topic()) && c.id() != docker.id()).findFirst().orElseThrow();
        Instant monthAgo = Instant.now().minus(Duration.ofDays(30));
        useCases.practice().recordHistory(List.of(new PastReview(docker.id(), monthAgo, 3, 1000, "a"),
                new PastReview(other.id(), monthAgo, 3, 1000, "b")));
        useCases.practice().answer(fresh.id(), 4, "c", 1000); // reviewed now: due in days

        var due = prepdeck("search", "is:due", "--json");
        assertThat(due.exit()).as(due.err()).isZero();
        assertThat(ids(due.json())).containsExactlyInAnyOrder(docker.id(), other.id());
        assertThat(ids(prepdeck("search", "is:due", "контейнерів", "--json").json())).containsExactly(docker.id());
        assertThat(ids(prepdeck("search", "-is:due", "контейнерів", "--json").json())).doesNotContain(docker.id());
    }

    static List<Long> ids(JsonNode hits) {
        return StreamSupport.stream(hits.spliterator(), false).map(h -> h.get("id").asLong()).toList();
    }
}
