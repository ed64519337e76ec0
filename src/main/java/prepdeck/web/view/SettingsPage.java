package prepdeck.web.view;

import java.util.Objects;
import java.util.Optional;
import prepdeck.app.PracticeSettings;

/** The settings page: the practice settings and the latest fit of FSRS on the user's history. */
public record SettingsPage(PracticeSettings settings, Optional<String> lastRefit, Optional<String> notice) {
    public SettingsPage {
        Objects.requireNonNull(settings);
        Objects.requireNonNull(lastRefit);
        Objects.requireNonNull(notice);
    }

    public String interviewDate() {
        return settings.interviewDate().map(Object::toString).orElse("");
    }
}
