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

    @Test
    @Order(3)
    void suspendedAndBuriedCardsLeaveTheQueueAndTheCardPageShowsHistoryAndMarks() throws Exception {
        var practice = useCases.practice();
        long first = practice.next(Optional.empty()).orElseThrow().card().id();
        form("/cards/" + first + "/mark", "change=suspend");
        assertThat(practice.next(Optional.empty()).orElseThrow().card().id()).isNotEqualTo(first);
        assertThat(practice.today().held()).isEqualTo(1);
        assertThat(server.get("/cards/" + first).body()).contains(">Unsuspend</button>").contains("badge mark-suspended");
        form("/cards/" + first + "/mark", "change=unsuspend");
        assertThat(practice.next(Optional.empty()).orElseThrow().card().id()).isEqualTo(first);

        // bury through the review page's API, as its "b" key does: gone until tomorrow's day start
        var r = server.post("/api/cards/" + first + "/marks", "application/json", "{\"change\":\"bury\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("\"flagged\":false").contains("\"buried_until\":\"");
        assertThat(practice.next(Optional.empty()).orElseThrow().card().id()).isNotEqualTo(first);
        assertThat(practice.dueCardIds()).doesNotContain(first);
        assertThat(practice.history(first).buried()).isTrue();
        practice.mark(first, prepdeck.app.CardMark.Change.UNBURY);

        // answer it twice: the page lists both answers with grade, interval and state, due date and recall now
        var receipt = practice.answer(first, 3, "daily-loop-1", 4000);
        practice.answer(first, 1, "daily-loop-2", 4000);
        practice.undoLast();
        var history = practice.history(first);
        assertThat(history.reviews()).hasSize(2);
        assertThat(history.reviews().get(0).rating()).isEqualTo(3);
        assertThat(history.reviews().get(1).undone()).isTrue();
        assertThat(history.due()).contains(receipt.due());
        assertThat(history.recallNow()).isBetween(0.9, 1.0);
        assertThat(history.recallByDay()).hasSize(1 + prepdeck.app.CardHistory.DAYS_AHEAD);
        assertThat(history.recallByDay().getLast()).isLessThan(history.recallByDay().getFirst());
        String page = server.get("/cards/" + first).body();
        assertThat(page).contains("id=\"card-history\"").contains("<td class=\"answer-grade\">Good</td>").contains("<td>10m</td>")
                .contains("<span class=\"badge\">undone</span>").contains("id=\"card-recall\"").contains("predicted recall now");

        // flag: kept in the marks, said on the review API's card
        form("/cards/" + first + "/mark", "change=flag");
        assertThat(server.get("/api/review/cards/" + first).body()).contains("\"flagged\":true");
        assertThat(server.post("/cards/" + first + "/mark", "application/x-www-form-urlencoded", "change=explode",
                "Origin", server.served().url().getScheme() + "://" + server.served().url().getRawAuthority()).body())
                .contains("a card mark must be suspend, unsuspend, bury, unbury, flag or unflag, got 'explode'");
    }

    @Test
    @Order(4)
    void theTopicPickerCountsATopicsCardsWithItsSubtopics() throws Exception {
        var topics = useCases.knowledge().topics();
        var parent = topics.stream().filter(t -> topics.stream().anyMatch(o -> o.path().startsWith(t.path() + " / "))).findFirst().orElseThrow();
        int within = topics.stream().filter(o -> o.path().equals(parent.path()) || o.path().startsWith(parent.path() + " / "))
                .mapToInt(prepdeck.app.TopicView::cards).sum();
        assertThat(within).isGreaterThan(parent.cards());
        assertThat(server.get("/review").body()).contains(parent.title() + " (" + within + ")</option>");
    }

    @Test
    @Order(5)
    void theTerminalReviewSuspendsBuriesAndFlagsByKeyAndSaysSoOnAWrongKey() {
        var practice = useCases.practice();
        long a = practice.next(Optional.empty()).orElseThrow().card().id();
        // z is no key here; x suspends the card shown; f flags the next, Enter shows its answer, b buries it; q quits
        var run = new InProcess(data).withInput("z\nx\nf\n\nb\nq\n", "review");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("'z' does nothing here: Enter or space shows the answer", "suspended: card " + a,
                "flagged to fix: card ", "buried until tomorrow: card ", "[b] bury", "[x] suspend", "[f] flag");
        assertThat(practice.history(a).mark().suspended()).isTrue();
        String flaggedLine = run.out().lines().filter(l -> l.contains("flagged to fix: card ")).findFirst().orElseThrow();
        long b = Long.parseLong(flaggedLine.replaceAll("\\D+", ""));
        assertThat(practice.flaggedCards()).contains(b);
        assertThat(practice.history(b).buried()).isTrue();
        var next = practice.next(Optional.empty()).orElseThrow().card().id();
        assertThat(next).isNotIn(a, b);
        practice.mark(a, prepdeck.app.CardMark.Change.UNSUSPEND);
        practice.mark(b, prepdeck.app.CardMark.Change.UNBURY);
    }
}
