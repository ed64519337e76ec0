package prepdeck.app;

import java.util.Optional;

/**
 * Which cards to list.
 *
 * @param source         only cards of this source (relative path, exact)
 * @param topic          only cards under this topic path (" / "-joined), the topic itself included
 * @param includeRetired whether retired cards are listed too
 */
public record CardQuery(Optional<String> source, Optional<String> topic, boolean includeRetired) {
    public static final CardQuery ALL = new CardQuery(Optional.empty(), Optional.empty(), false);
}
