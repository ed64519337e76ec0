package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.accounts.SignupPolicy;
import prepdeck.testing.TestStores;

/**
 * {@code serve --accounts --db postgresql://…}: accounts, sessions, answers and their isolation all in
 * PostgreSQL, and a second instance (its own data folder, the same database) serving the same users.
 */
class PostgresServerTest {
    static final String PASSWORD = AccountServer.PASSWORD;
    final ObjectMapper json = new ObjectMapper();

    @RegisterExtension final TestStores stores = new TestStores();
    @TempDir Path temp;

    @Test
    void twoInstancesOverOnePostgresqlServeTheSameLearnersAndKeepThemApart() throws Exception {
        Optional<String> db = Optional.of(stores.emptyPostgres());
        try (var first = AccountServer.start(temp.resolve("a"), db, SignupPolicy.CLOSED);
             var second = AccountServer.start(temp.resolve("b"), db, SignupPolicy.CLOSED)) {
            first.accounts().addAccount("teacher", PASSWORD, true);
            first.accounts().addAccount("ada", PASSWORD, false);
            second.accounts().addAccount("bob", PASSWORD, false);
            try (var ada = first.browser(); var adaOnSecond = second.browser(); var bob = second.browser()) {
                assertThat(ada.logIn("ada", PASSWORD, "/").statusCode()).isEqualTo(303);
                assertThat(bob.logIn("bob", PASSWORD, "/").statusCode()).isEqualTo(303);

                var next = json.readTree(ada.get("/api/review/next").body());
                long card = next.get("card").get("id").asLong();
                var answered = ada.json("/api/reviews", "{\"card\":" + card + ",\"rating\":3,\"idempotency_key\":\"pg-1\",\"duration_ms\":2000}",
                        "X-CSRF-Token", ada.csrf());
                assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
                long review = json.readTree(answered.body()).get("review_id").asLong();

                // ada's session works on the other instance too, and her answer is there
                assertThat(adaOnSecond.logIn("ada", PASSWORD, "/").statusCode()).isEqualTo(303);
                assertThat(json.readTree(adaOnSecond.get("/api/stats").body()).get("reviews").asInt()).isEqualTo(1);
                // bob, on the second instance, sees none of it and cannot undo it
                assertThat(json.readTree(bob.get("/api/stats").body()).get("reviews").asInt()).isZero();
                var undo = bob.json("/api/reviews/" + review + "/undo", "{}", "X-CSRF-Token", bob.csrf());
                assertThat(undo.statusCode()).isIn(403, 404);
                // the same answer sent again through the other instance is the same review
                var again = adaOnSecond.json("/api/reviews", "{\"card\":" + card + ",\"rating\":3,\"idempotency_key\":\"pg-1\",\"duration_ms\":2000}",
                        "X-CSRF-Token", adaOnSecond.csrf());
                assertThat(json.readTree(again.body()).get("review_id").asLong()).isEqualTo(review);
                // a learner may not import, whichever instance they ask
                assertThat(bob.get("/import").statusCode()).isEqualTo(403);
            }
        }
    }
}
