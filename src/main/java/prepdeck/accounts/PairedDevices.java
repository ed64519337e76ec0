package prepdeck.accounts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where {@link LanPairing} keeps its paired devices: the data folder's database, so a phone stays paired across a
 * restart of the laptop's server. Only a token's SHA-256 digest is handed over, never the token.
 */
public interface PairedDevices {
    void add(LanPairing.Device device, String tokenDigest);

    /** The device whose token has this digest, if it is paired. */
    Optional<LanPairing.Device> byTokenDigest(String tokenDigest);

    /** False when no such device is paired. */
    boolean remove(String deviceId);

    /** The paired devices, oldest first. */
    List<LanPairing.Device> all();

    void seen(String deviceId, Instant at);

    /** Devices kept in memory only, forgotten when the process ends (tests, and a laptop without a database). */
    static PairedDevices inMemory() {
        return new PairedDevices() {
            private final Map<String, LanPairing.Device> byDigest = new LinkedHashMap<>();

            @Override
            public synchronized void add(LanPairing.Device device, String tokenDigest) {
                byDigest.put(tokenDigest, device);
            }

            @Override
            public synchronized Optional<LanPairing.Device> byTokenDigest(String tokenDigest) {
                return Optional.ofNullable(byDigest.get(tokenDigest));
            }

            @Override
            public synchronized boolean remove(String deviceId) {
                return byDigest.values().removeIf(d -> d.id().equals(deviceId));
            }

            @Override
            public synchronized List<LanPairing.Device> all() {
                List<LanPairing.Device> out = new ArrayList<>(byDigest.values());
                out.sort(Comparator.comparing(LanPairing.Device::pairedAt));
                return List.copyOf(out);
            }

            @Override
            public synchronized void seen(String deviceId, Instant at) {
                byDigest.replaceAll((digest, d) -> d.id().equals(deviceId) ? new LanPairing.Device(d.id(), d.name(), d.pairedAt(), at) : d);
            }
        };
    }
}
