package prepdeck.app;

import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.CardStatus;

/** A stored card as reconciliation needs it: identity and prompt to match a re-imported card against. */
public record StoredCard(long id, String identity, CardKind kind, String prompt, CardStatus status) {}
