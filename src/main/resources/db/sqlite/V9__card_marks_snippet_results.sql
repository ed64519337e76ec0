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

-- The latest check of each snippet (card, place among its snippets), from the CLI or the web alike: one store, so
-- `snippets check` run in a terminal shows on the Snippets page. code is the snippet's code when checked: a result
-- whose code has changed since (a re-import) is out of date and not shown. Results are the deck's, as the notes are.
CREATE TABLE snippet_results (
    card_id     INTEGER NOT NULL REFERENCES cards (id),
    position    INTEGER NOT NULL CHECK (position >= 0),
    code        TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    detail      TEXT    NOT NULL,
    line        INTEGER NOT NULL CHECK (line >= 1),
    isolation   TEXT    NOT NULL,
    took_ms     INTEGER NOT NULL CHECK (took_ms >= 0),
    checked_at  TEXT    NOT NULL,
    PRIMARY KEY (card_id, position)
) WITHOUT ROWID;
