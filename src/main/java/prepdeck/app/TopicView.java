package prepdeck.app;

import java.util.Optional;

/**
 * A topic with the number of answered cards and gaps directly in it.
 *
 * @param path the titles from the root joined by " / "
 */
public record TopicView(long id, String title, String path, Optional<Long> parent, int cards, int gaps) {}
