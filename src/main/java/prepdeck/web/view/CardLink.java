package prepdeck.web.view;

import prepdeck.knowledge.CardStatus;

/** Enough of a card to link to it. */
public record CardLink(long id, String prompt, CardStatus status) {}
