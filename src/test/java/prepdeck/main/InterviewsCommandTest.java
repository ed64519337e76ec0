package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** interviews add|list|remove|budget|priority|asked|plan|ics through the whole program, on the seeds. */
class InterviewsCommandTest {
    @TempDir Path temp;

    InProcess.Run prepdeck(String... args) {
        return new InProcess(temp.resolve("data")).prepdeck(args);
    }

    @Test
    void severalInterviewsABudgetAndPrioritiesMakeAPlanWithACalendarAndForecasts() throws Exception {
        assertThat(prepdeck("import", SeedImportTest.SEEDS.toString()).exit()).isZero();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        var acme = prepdeck("interviews", "add", today.plusDays(10).toString(), "Acme, backend", "--topic", "Вопросы с собеседований",
                "--topic", "Геренераторы", "--json");
        assertThat(acme.exit()).as(acme.err()).isZero();
        long acmeId = acme.json().get("id").asLong();
        var globex = prepdeck("interviews", "add", today.plusDays(20).toString(), "Globex", "--topic", "M2", "--importance", "0.5");
        assertThat(globex.exit()).as(globex.err()).isZero();
        assertThat(prepdeck("interview-date", today.plusDays(30).toString()).exit()).isZero();
        var byQuery = prepdeck("interviews", "add", today.plusDays(25).toString(), "Docker shop", "--query", "docker", "--json");
        assertThat(byQuery.exit()).as(byQuery.err()).isZero();
        assertThat(byQuery.json().get("scope").asText()).isEqualTo("search \"docker\"");
        JsonNode queried = prepdeck("interviews", "plan", "--json").json().get("interviews").get(2);
        assertThat(queried.get("name").asText()).isEqualTo("Docker shop");
        assertThat(queried.get("forecast").get("cards").asInt()).isPositive();
        assertThat(prepdeck("interviews", "remove", byQuery.json().get("id").asText()).exit()).isZero();

        JsonNode list = prepdeck("interviews", "list", "--json").json();
        assertThat(list).hasSize(3);
        assertThat(list.get(0).get("name").asText()).isEqualTo("Acme, backend");
        assertThat(list.get(0).get("topics")).hasSize(2);
        assertThat(list.get(1).get("importance").asDouble()).isEqualTo(0.5);
        assertThat(list.get(2).get("id").asLong()).isZero(); // the old interview date is one interview over the whole deck
        assertThat(list.get(2).get("scope").asText()).isEqualTo("whole deck");

        var budget = prepdeck("interviews", "budget", "60 min Mon-Fri, 0 Sat, 30 Sun", "--off", today.plusDays(3).toString(), "--json");
        assertThat(budget.exit()).as(budget.err()).isZero();
        assertThat(budget.json().get("minutes").get("sat").asInt()).isZero();
        assertThat(budget.json().get("minutes").get("sun").asInt()).isEqualTo(30);
        assertThat(budget.json().get("days_off").get(0).asText()).isEqualTo(today.plusDays(3).toString());
        assertThat(prepdeck("interviews", "priority", "Геренераторы", "must").exit()).isZero();

        JsonNode plan = prepdeck("interviews", "plan", "--json").json();
        assertThat(plan.get("interviews")).hasSize(3);
        for (JsonNode i : plan.get("interviews")) {
            JsonNode f = i.get("forecast");
            assertThat(f.get("cards").asInt()).as(i.toString()).isPositive();
            assertThat(f.get("with_plan").asDouble()).isGreaterThan(f.get("without_reviews").asDouble());
        }
        JsonNode days = plan.get("days");
        assertThat(days).hasSize(30);
        int planned = 0;
        for (JsonNode d : days) {
            assertThat(d.get("minutes").asDouble()).isLessThanOrEqualTo(d.get("available_minutes").asDouble() + 1e-9);
            LocalDate day = LocalDate.parse(d.get("day").asText());
            if (day.equals(today.plusDays(3)) || day.getDayOfWeek() == java.time.DayOfWeek.SATURDAY) {
                assertThat(d.get("cards").asInt()).as(day.toString()).isZero();
            }
            planned += d.get("cards").asInt();
        }
        assertThat(planned).isPositive();
        assertThat(plan.get("today_cards").size()).isEqualTo(days.get(0).get("cards").asInt());

        Path ics = temp.resolve("plan.ics");
        assertThat(prepdeck("interviews", "ics", ics.toString()).exit()).isZero();
        String text = Files.readString(ics, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n").contains("SUMMARY:Interview: Acme\\, backend");
        Set<String> uids = new HashSet<>();
        int events = 0;
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            if (line.startsWith("UID:")) assertThat(uids.add(line)).as(line).isTrue();
            if (line.equals("BEGIN:VEVENT")) events++;
        }
        assertThat(events).isEqualTo(3 + (int) java.util.stream.StreamSupport.stream(days.spliterator(), false)
                .filter(d -> d.get("cards").asInt() > 0).count());

        assertThat(prepdeck("interviews", "remove", Long.toString(acmeId)).exit()).isZero();
        assertThat(prepdeck("interviews", "remove", "0").exit()).isZero();
        assertThat(prepdeck("interviews", "list", "--json").json()).hasSize(1);
        assertThat(prepdeck("settings", "--json").json().get("interview_date").isNull()).isTrue();
        var gone = prepdeck("interviews", "remove", Long.toString(acmeId));
        assertThat(gone.exit()).isEqualTo(1);
        assertThat(gone.err()).contains("no interview " + acmeId);
    }

    @Test
    void practiceServesThePlannedCardsOfTheInterviewsScopeAndTheForecastRisesAfterAnswers() {
        var useCases = Main.openSingleUser(temp.resolve("data"));
        useCases.importNotes().run(java.util.List.of(SeedImportTest.SEEDS), prepdeck.app.ImportProgress.NONE);
        var planning = useCases.planning();
        var acme = planning.add("Acme", LocalDate.now(ZoneOffset.UTC).plusDays(7), java.util.List.of("MRO в Питоне"), java.util.Optional.empty(), 1);
        planning.setBudget("30 min Mon-Sun", Set.of());
        double before = planning.plan().forecast(acme).orElseThrow().withPlan();
        double noReviewsBefore = planning.plan().forecast(acme).orElseThrow().withoutReviews();
        assertThat(noReviewsBefore).isZero();
        for (int n = 0; n < 4; n++) {
            var next = useCases.practice().next(java.util.Optional.empty()).orElseThrow();
            assertThat(next.card().topic()).as("card %d served", n).isEqualTo("MRO в Питоне");
            useCases.practice().answer(next.card().id(), 3, "k" + n, 8000);
        }
        var after = planning.plan().forecast(acme).orElseThrow();
        assertThat(after.withoutReviews()).isGreaterThan(0.5);
        assertThat(after.withPlan()).isGreaterThanOrEqualTo(before - 0.05);
        assertThat(planning.plan().seconds()).contains("learned from 4 timed answers");
    }

    @Test
    void theCalibrationRecordSetsEachPredictionBesideTheAnswer() {
        var useCases = Main.openSingleUser(temp.resolve("data"));
        useCases.importNotes().run(java.util.List.of(SeedImportTest.SEEDS), prepdeck.app.ImportProgress.NONE);
        var cards = useCases.knowledge().cards(prepdeck.app.CardQuery.ALL).stream().filter(c -> c.status().name().equals("ANSWERED")).toList();
        java.time.Instant start = java.time.Instant.now().minus(java.time.Duration.ofDays(60));
        var past = new java.util.ArrayList<prepdeck.app.PastReview>();
        // 20 cards: first seen 60 days ago, again after 3 days (recalled), then after 40 days (forgotten for odd cards)
        for (int i = 0; i < 20; i++) {
            long id = cards.get(i).id();
            past.add(new prepdeck.app.PastReview(id, start, 3, 10_000, "c" + i + "a"));
            past.add(new prepdeck.app.PastReview(id, start.plus(java.time.Duration.ofDays(3)), 3, 10_000, "c" + i + "b"));
            past.add(new prepdeck.app.PastReview(id, start.plus(java.time.Duration.ofDays(43)), i % 2 == 0 ? 3 : 1, 10_000, "c" + i + "c"));
        }
        assertThat(useCases.practice().recordHistory(past)).isEqualTo(60);
        var bands = useCases.planning().calibration();
        assertThat(bands).hasSize(10);
        assertThat(bands.stream().mapToInt(prepdeck.app.InterviewPlanning.CalibrationBand::answers).sum()).isEqualTo(40);
        // with the default weights both later answers are predicted at about 85 %: one band, 30 of its 40 recalled
        var late = bands.stream().filter(b -> b.answers() == 40).findFirst();
        assertThat(late).as(bands.toString()).isPresent();
        assertThat(late.get().recalled()).isEqualTo(0.75);
        assertThat(late.get().predicted()).isBetween(late.get().from(), late.get().from() + 0.1);
    }

    @Test
    void badInputIsRefusedWithAMessageNamingIt() {
        assertThat(prepdeck("import", SeedImportTest.SEEDS.toString()).exit()).isZero();
        String soon = LocalDate.now(ZoneOffset.UTC).plusDays(5).toString();
        var topic = prepdeck("interviews", "add", soon, "X", "--topic", "No such topic");
        assertThat(topic.exit()).isEqualTo(1);
        assertThat(topic.err()).contains("no topic 'No such topic'");
        var past = prepdeck("interviews", "add", "2001-01-01", "X");
        assertThat(past.exit()).isEqualTo(1);
        assertThat(past.err()).contains("before today");
        var both = prepdeck("interviews", "add", soon, "X", "--topic", "M2", "--query", "docker");
        assertThat(both.err()).contains("topics or a query, not both");
        var budget = prepdeck("interviews", "budget", "60 min Mon-Fri, lots on Sat");
        assertThat(budget.exit()).isEqualTo(1);
        assertThat(budget.err()).contains("lots on Sat");
        assertThat(prepdeck("interviews", "budget", "60 Mon-Fri, 30 Fri").err()).contains("Fri twice");
        assertThat(prepdeck("interviews", "priority", "M2", "sometimes").err()).contains("must, likely, unlikely or none");
        assertThat(prepdeck("interviews", "list").out()).contains("No interviews");
    }
}
