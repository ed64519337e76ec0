package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.testing.TestStores;

/** {@code prepdeck --db postgresql://… import ../shared/seeds}, {@code stats}, {@code cards}: the same answers as over SQLite. */
class PostgresCliTest {
    static final Path SEEDS = Path.of("..", "shared", "seeds");

    @RegisterExtension final TestStores stores = new TestStores();
    @TempDir Path temp;

    @Test
    void theSeedsImportedIntoPostgresqlListAsTheyDoFromSqlite() {
        String url = stores.emptyPostgres();
        var pg = new InProcess(temp.resolve("pg-data"));
        var sqlite = new InProcess(temp.resolve("sqlite-data"));

        var imported = pg.prepdeck("--db", url, "import", SEEDS.toString(), "--json");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.json().get("totals").get("cards").asInt()).isGreaterThan(150);
        assertThat(sqlite.prepdeck("import", SEEDS.toString()).exit()).isZero();

        for (String[] command : new String[][] {{"stats", "--json"}, {"cards", "--json"}, {"topics", "--json"}, {"gaps", "--json"}}) {
            var fromPg = pg.prepdeck(concat(new String[] {"--db", url}, command));
            assertThat(fromPg.exit()).as(fromPg.err()).isZero();
            assertThat(fromPg.out()).as(String.join(" ", command)).isEqualTo(sqlite.prepdeck(command).out());
        }
        // the same notes again change nothing
        var again = pg.prepdeck("--db", url, "import", SEEDS.toString(), "--json").json().get("totals");
        assertThat(again.get("unchanged_sources").asInt()).isEqualTo(5);
        assertThat(again.get("retired").asInt()).isZero();
    }

    @Test
    void plannedInterviewsABudgetAndPrioritiesAreKeptInPostgresqlAsInSqlite() {
        String url = stores.emptyPostgres();
        var pg = new InProcess(temp.resolve("pg-data"));
        assertThat(pg.prepdeck("--db", url, "import", SEEDS.toString()).exit()).isZero();
        String day = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(9).toString();
        var added = pg.prepdeck("--db", url, "interviews", "add", day, "Acme", "--topic", "M2", "--importance", "0.7", "--json");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(pg.prepdeck("--db", url, "interviews", "budget", "45 min Mon-Fri, 0 Sat-Sun").exit()).isZero();
        assertThat(pg.prepdeck("--db", url, "interviews", "priority", "M2", "likely").exit()).isZero();
        var list = pg.prepdeck("--db", url, "interviews", "list", "--json").json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("importance").asDouble()).isEqualTo(0.7);
        assertThat(list.get(0).get("topics").get(0).asText()).isEqualTo("M2");
        var plan = pg.prepdeck("--db", url, "interviews", "plan", "--json").json();
        assertThat(plan.get("interviews").get(0).get("forecast").get("cards").asInt()).isPositive();
        assertThat(pg.prepdeck("--db", url, "interviews", "remove", added.json().get("id").asText()).exit()).isZero();
        assertThat(pg.prepdeck("--db", url, "interviews", "list", "--json").json()).isEmpty();
    }

    @Test
    void anAnkiPackageWithItsReviewHistoryImportsOnceIntoPostgresql() {
        String url = stores.emptyPostgres();
        var pg = new InProcess(temp.resolve("data"));
        String sample = Path.of("..", "shared", "oracles", "anki", "samples", "sample_v2_sched.apkg").toString();

        var first = pg.prepdeck("--db", url, "import", sample);
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("Added 5 reviews");
        var again = pg.prepdeck("--db", url, "import", sample);
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("Added 0 reviews");
        var stats = pg.prepdeck("--db", url, "stats", "--json").json();
        assertThat(stats.get("reviews").asInt()).isEqualTo(5);
    }

    @Test
    void aDatabaseThatCannotBeReachedIsAUserErrorNamingItWithoutThePassword() {
        var run = new InProcess(temp.resolve("data")).prepdeck("--db", "postgresql://ann:hunter2-secret@127.0.0.1:1/course", "stats");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("course").contains("127.0.0.1:1").doesNotContain("hunter2-secret");
    }

    private static String[] concat(String[] a, String[] b) {
        var out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
