package prepdeck.web.view;

import java.util.List;
import java.util.Objects;

/**
 * The settings page's part for {@code serve --lan}, shown on the laptop only: the pairing link, its QR code (an SVG
 * drawn from the code's modules, holding no text of ours or the user's) and the paired devices with Revoke buttons.
 */
public record LanSection(String pairingLink, String qrSvg, List<Device> devices) {
    public LanSection {
        Objects.requireNonNull(pairingLink);
        Objects.requireNonNull(qrSvg);
        devices = List.copyOf(devices);
    }

    /** One paired device: its name is its browser's User-Agent, which the phone chose: escaped like any text. */
    public record Device(String id, String name, String pairedAt, String lastSeen) {}
}
