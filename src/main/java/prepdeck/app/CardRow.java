package prepdeck.app;

import java.util.Optional;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.CardStatus;
import prepdeck.knowledge.Language;

/**
 * A stored card without its attachments; {@code topic} is the topic path ("" for the root), {@code stem} what its
 * question is about ("" for most cards).
 */
public record CardRow(long id, String prompt, String answer, CardKind kind, String topic, String source, int line,
                      Language language, CardStatus status, Optional<Long> parent, String stem) {}
