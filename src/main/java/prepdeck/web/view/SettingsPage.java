package prepdeck.web.view;

import java.util.Objects;
import java.util.Optional;
import prepdeck.app.PracticeSettings;

/**
 * The settings page: the practice settings and the latest fit of FSRS on the user's history; on a laptop serving with
 * {@code --lan}, and to the laptop only, the pairing link and the paired devices.
 */
public record SettingsPage(PracticeSettings settings, Optional<String> lastRefit, Optional<String> notice, Optional<LanSection> lan) {
    public SettingsPage {
        Objects.requireNonNull(settings);
        Objects.requireNonNull(lastRefit);
        Objects.requireNonNull(notice);
        Objects.requireNonNull(lan);
    }

    public SettingsPage(PracticeSettings settings, Optional<String> lastRefit, Optional<String> notice) {
        this(settings, lastRefit, notice, Optional.empty());
    }

    public String interviewDate() {
        return settings.interviewDate().map(Object::toString).orElse("");
    }
}
