package prepdeck.web.view;

import java.util.Optional;

/**
 * A reference as one line of text, with a link only when it is a web address.
 *
 * @param text what to show, e.g. "video 12.02.24 at 1:35:00 — ip utilities"
 * @param href an http(s) address, when there is one
 */
public record ReferenceLine(String text, Optional<String> href, int line) {}
