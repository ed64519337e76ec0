package prepdeck.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import prepdeck.accounts.LanPairing;
import prepdeck.accounts.PairedDevices;

/** The devices paired with {@code serve --lan}, in the data folder's database (SQLite or PostgreSQL: the same SQL). */
public final class SqlitePairedDevices implements PairedDevices {
    private final Jdbi writer;
    private final Jdbi reader;

    SqlitePairedDevices(Jdbi writer, Jdbi reader) {
        this.writer = writer;
        this.reader = reader;
    }

    @Override
    public void add(LanPairing.Device device, String tokenDigest) {
        writer.useTransaction(h -> h.createUpdate(Sql.INSERT_PAIRED_DEVICE.text()).bind("id", device.id()).bind("name", device.name())
                .bind("digest", tokenDigest).bind("at", Times.format(device.pairedAt())).execute());
    }

    @Override
    public Optional<LanPairing.Device> byTokenDigest(String tokenDigest) {
        return reader.withHandle(h -> h.createQuery(Sql.SELECT_PAIRED_DEVICE.text()).bind("digest", tokenDigest)
                .map((rs, ctx) -> device(rs)).findOne());
    }

    @Override
    public boolean remove(String deviceId) {
        return writer.inTransaction(h -> h.createUpdate(Sql.DELETE_PAIRED_DEVICE.text()).bind("id", deviceId).execute()) > 0;
    }

    @Override
    public List<LanPairing.Device> all() {
        return reader.withHandle(h -> h.createQuery(Sql.SELECT_PAIRED_DEVICES.text()).map((rs, ctx) -> device(rs)).list());
    }

    @Override
    public void seen(String deviceId, Instant at) {
        writer.useTransaction(h -> h.createUpdate(Sql.TOUCH_PAIRED_DEVICE.text()).bind("id", deviceId).bind("at", Times.format(at)).execute());
    }

    private static LanPairing.Device device(ResultSet rs) throws SQLException {
        return new LanPairing.Device(rs.getString("id"), rs.getString("name"), Times.parse(rs.getString("paired_at")),
                Times.parse(rs.getString("last_seen")));
    }
}
