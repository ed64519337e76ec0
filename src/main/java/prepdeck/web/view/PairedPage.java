package prepdeck.web.view;

import java.util.Objects;

/** What a phone sees once its pairing link worked: its name as the laptop will list it. */
public record PairedPage(String deviceName) {
    public PairedPage {
        Objects.requireNonNull(deviceName);
    }
}
