-- prepdeck schema, version 7: the deck's change log. Every write transaction that changes a deck's sources
-- (an import that read a file again, or found one removed) takes the deck's next change number and lists
-- the sources it changed under it. Derived data kept outside the database (each server's search index)
-- remembers the last number it took in and catches up from the log, so several servers over one database
-- agree without comparing clocks. Taking the number updates the deck's row, which also makes writers of one
-- deck commit in number order (PostgreSQL holds the row lock until commit; SQLite has one writer).
ALTER TABLE decks ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0;

CREATE TABLE deck_changes (
    deck_id     INTEGER NOT NULL REFERENCES decks (id),
    seq         INTEGER NOT NULL CHECK (seq >= 1),
    source_id   INTEGER NOT NULL REFERENCES sources (id),
    changed_at  TEXT    NOT NULL,
    PRIMARY KEY (deck_id, seq, source_id)
);
