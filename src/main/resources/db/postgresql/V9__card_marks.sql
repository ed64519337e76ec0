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
