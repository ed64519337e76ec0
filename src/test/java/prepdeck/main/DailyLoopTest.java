package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.app.UseCases;

/** The daily loop over the seeds on a real server: home = today, readiness advice, card marks and history. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DailyLoopTest {
    @TempDir static Path data;
    static SeedServer server;
    static UseCases useCases;

    @BeforeAll
    static void start() {
        server = SeedServer.start(data);
        useCases = server.useCases();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
    }

    static String form(String path, String body) throws Exception {
        URI u = server.served().url();
        var r = server.post(path, "application/x-www-form-urlencoded", body, "Origin", u.getScheme() + "://" + u.getRawAuthority());
        assertThat(r.statusCode()).as(path + " " + r.body()).isIn(200, 303);
        return r.body();
    }

    @Test
    @Order(1)
    void homeSaysWhatIsDueWhatIsNewAndOffersOneStart() throws Exception {
        var today = useCases.practice().today();
        assertThat(today.newLeft()).isEqualTo(Math.min(20, useCases.knowledge().stats().cards()));
        String home = server.get("/").body();
        assertThat(home).contains("<strong id=\"today-due\">" + today.due() + " due</strong>")
                .contains("<span id=\"today-new\">" + today.newLeft() + " new</span>")
                .contains("id=\"start\" href=\"/review\" data-start-key")
                .contains("predicted recall today");
    }

    @Test
    @Order(2)
    void readinessAdviceIsTheForecastAtAnotherSettingAndCanBeApplied() throws Exception {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(7);
        useCases.practice().setInterviewDate(Optional.of(day));
        useCases.practice().setNewCardsPerDay(2);
        var advice = useCases.practice().advice(0.8).orElseThrow();
        assertThat(advice.current().newPerDay()).isEqualTo(2);
        var suggested = advice.suggested().orElseThrow();
        assertThat(advice.reachable()).isTrue();
        assertThat(suggested.recall()).isGreaterThanOrEqualTo(0.8);

        // the numbers are the readiness page's own forecast with that setting, and one fewer does not reach the target
        assertThat(planRecall(2)).isEqualTo(advice.current().recall());
        assertThat(planRecall(suggested.newPerDay() - 1)).isLessThan(0.8);
        useCases.practice().setNewCardsPerDay(2);

        String page = server.get("/readiness").body();
        String sentence = suggested.newPerDay() + " new cards a day reaches " + Math.round(suggested.recall() * 100) + "% by ";
        assertThat(page).contains(sentence).contains("at 2 it is " + Math.round(advice.current().recall() * 100) + "%.")
                .contains("Use " + suggested.newPerDay() + " new cards a day");
        form("/readiness/apply", "new_per_day=" + suggested.newPerDay());
        assertThat(useCases.practice().newCardsPerDay()).isEqualTo(suggested.newPerDay());
        assertThat(server.get("/readiness?applied=" + suggested.newPerDay()).body()).contains("on track for 80%");
        assertThat(server.get("/").body()).contains("interview in 7 days").contains("predicted recall on the day if you follow the plan");
        useCases.practice().setInterviewDate(Optional.empty());
        useCases.practice().setNewCardsPerDay(20);
    }

    static double planRecall(int newPerDay) {
        useCases.practice().setNewCardsPerDay(newPerDay);
        return useCases.practice().readiness().days().getLast().recallWithPlan().orElseThrow();
    }
}
