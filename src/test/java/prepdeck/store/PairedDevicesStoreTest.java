package prepdeck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.accounts.LanPairing;
import prepdeck.accounts.PairedDevices;
import prepdeck.testing.TestStores;

/** The devices paired with {@code serve --lan}, kept by digest, in SQLite and PostgreSQL alike. */
class PairedDevicesStoreTest {
    @RegisterExtension final TestStores stores = new TestStores();
    @TempDir Path temp;

    @Test
    void sqliteKeepsDevicesByDigestAcrossOpens() {
        addSeeAndList(SqliteDatabase.open(temp).pairedDevices());
        assertThat(SqliteDatabase.open(temp).pairedDevices().all()).extracting(LanPairing.Device::name).containsExactly("tablet");
    }

    @Test
    void postgresqlKeepsThemTheSameWay() {
        try (var db = PostgresDatabase.open(stores.emptyPostgres())) {
            addSeeAndList(db.pairedDevices());
        }
    }

    static void addSeeAndList(PairedDevices devices) {
        Instant t = Instant.parse("2026-12-05T08:00:00Z");
        devices.add(new LanPairing.Device("phone-1", "Mozilla/5.0 (Android) <b>", t, t), "digest-a");
        devices.add(new LanPairing.Device("tablet-2", "tablet", t.plusSeconds(60), t.plusSeconds(60)), "digest-b");
        assertThat(devices.byTokenDigest("digest-a")).get().extracting(LanPairing.Device::name).isEqualTo("Mozilla/5.0 (Android) <b>");
        assertThat(devices.byTokenDigest("digest-c")).isEmpty();
        devices.seen("phone-1", t.plusSeconds(600));
        assertThat(devices.byTokenDigest("digest-a").orElseThrow().lastSeen()).isEqualTo(t.plusSeconds(600));
        assertThat(devices.all()).extracting(LanPairing.Device::id).containsExactly("phone-1", "tablet-2");
        assertThat(devices.remove("phone-1")).isTrue();
        assertThat(devices.remove("phone-1")).isFalse();
        assertThat(devices.byTokenDigest("digest-a")).isEmpty();
    }
}
