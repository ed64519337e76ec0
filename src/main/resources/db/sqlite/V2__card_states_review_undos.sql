-- prepdeck schema, version 2: practice.

-- A user's current scheduling state of each card they have reviewed. Derived from the review log
-- (replaying the answers that were not undone gives the same rows) and kept current beside it, so
-- picking the next card reads a few index entries instead of the log. A card without a row is new.
-- Times here are epoch milliseconds, not text: the queue orders due cards by
-- (now - last_review_ms) / stability, which needs arithmetic on every due row.
CREATE TABLE card_states (
    user_id         INTEGER NOT NULL REFERENCES users (id),
    card_id         INTEGER NOT NULL REFERENCES cards (id),
    state           TEXT    NOT NULL CHECK (state IN ('Learning', 'Review', 'Relearning')),
    stability       REAL    NOT NULL,
    difficulty      REAL    NOT NULL,
    step            INTEGER NOT NULL CHECK (step >= 0),
    reps            INTEGER NOT NULL CHECK (reps >= 1),
    last_review_ms  INTEGER NOT NULL,
    due_ms          INTEGER NOT NULL,
    introduced_ms   INTEGER NOT NULL,
    PRIMARY KEY (user_id, card_id)
) WITHOUT ROWID;
CREATE INDEX card_states_by_due ON card_states (user_id, state, due_ms);
CREATE INDEX card_states_by_introduction ON card_states (user_id, introduced_ms);

-- Undo appends too: the answer stays in the log and an undo row points at it.
CREATE TABLE review_undos (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id),
    review_id  INTEGER NOT NULL UNIQUE REFERENCES reviews (id),
    undone_at  TEXT    NOT NULL
);

CREATE TRIGGER review_undos_are_never_updated BEFORE UPDATE ON review_undos
BEGIN
    SELECT RAISE(ABORT, 'review undos are append-only');
END;

CREATE TRIGGER review_undos_are_never_deleted BEFORE DELETE ON review_undos
BEGIN
    SELECT RAISE(ABORT, 'review undos are append-only');
END;

-- The latest answer of a user, for undo.
CREATE INDEX reviews_by_user ON reviews (user_id, id);
