-- prepdeck schema, version 9, for PostgreSQL: a user's marks on a card (see db/sqlite's V9 for what each is).
CREATE TABLE card_marks (
    user_id          BIGINT  NOT NULL REFERENCES users (id),
    card_id          BIGINT  NOT NULL REFERENCES cards (id),
    suspended        INTEGER NOT NULL CHECK (suspended IN (0, 1)),
    buried_until_ms  BIGINT  NOT NULL CHECK (buried_until_ms >= 0),
    flagged          INTEGER NOT NULL CHECK (flagged IN (0, 1)),
    updated_at       TEXT    NOT NULL,
    PRIMARY KEY (user_id, card_id)
);

-- The latest check of each snippet, from the CLI or the web alike (see db/sqlite's V9).
CREATE TABLE snippet_results (
    card_id     BIGINT  NOT NULL REFERENCES cards (id),
    position    INTEGER NOT NULL CHECK (position >= 0),
    code        TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    detail      TEXT    NOT NULL,
    line        INTEGER NOT NULL CHECK (line >= 1),
    isolation   TEXT    NOT NULL,
    took_ms     BIGINT  NOT NULL CHECK (took_ms >= 0),
    checked_at  TEXT    NOT NULL,
    PRIMARY KEY (card_id, position)
);
