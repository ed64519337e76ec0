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
