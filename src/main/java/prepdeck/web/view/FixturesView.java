package prepdeck.web.view;

import java.util.List;
import java.util.Optional;

/**
 * A card's fixtures and the form to attach one.
 *
 * @param name    what the form's name field holds (kept after a refused attempt)
 * @param content what the form's text area holds (kept after a refused attempt)
 */
public record FixturesView(long card, List<Item> fixtures, Optional<String> error, Optional<String> notice, String name,
                           String content, int maxKilobytes, boolean mayEdit) {
    public FixturesView {
        fixtures = List.copyOf(fixtures);
    }

    /** As the deck's owner sees it: fixtures may be attached and removed. */
    public FixturesView(long card, List<Item> fixtures, Optional<String> error, Optional<String> notice, String name,
                        String content, int maxKilobytes) {
        this(card, fixtures, error, notice, name, content, maxKilobytes, true);
    }

    public record Item(String name, long bytes) {}
}
