-- prepdeck schema, version 7, for PostgreSQL: the deck's change log (see db/sqlite's V7). Taking a change
-- number updates the deck's row, whose lock PostgreSQL holds until commit: writers of one deck commit in number order.
ALTER TABLE decks ADD COLUMN change_seq BIGINT NOT NULL DEFAULT 0;

CREATE TABLE deck_changes (
    deck_id     BIGINT NOT NULL REFERENCES decks (id),
    seq         BIGINT NOT NULL CHECK (seq >= 1),
    source_id   BIGINT NOT NULL REFERENCES sources (id),
    changed_at  TEXT   NOT NULL,
    PRIMARY KEY (deck_id, seq, source_id)
);
