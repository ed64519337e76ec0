package prepdeck.app;

import java.util.Optional;

/** A stored topic with the answered cards and gaps directly in it. */
public record TopicRow(long id, Optional<Long> parent, String title, String path, int position, int cards, int gaps) {}
