-- prepdeck schema, version 9: a user's marks on a card, set from the card page, the review page or the CLI.
-- suspended: out of the review queue until unsuspended; buried_until_ms: out of it until that moment (epoch
-- milliseconds, 0 when not buried); flagged: the user marked it to fix in the notes. A card without a row has
-- no marks. Marks belong to the user, like reviews; card ids survive re-imports, and so do marks.
CREATE TABLE card_marks (
    user_id          INTEGER NOT NULL REFERENCES users (id),
    card_id          INTEGER NOT NULL REFERENCES cards (id),
    suspended        INTEGER NOT NULL CHECK (suspended IN (0, 1)),
    buried_until_ms  INTEGER NOT NULL CHECK (buried_until_ms >= 0),
    flagged          INTEGER NOT NULL CHECK (flagged IN (0, 1)),
    updated_at       TEXT    NOT NULL,
    PRIMARY KEY (user_id, card_id)
) WITHOUT ROWID;
