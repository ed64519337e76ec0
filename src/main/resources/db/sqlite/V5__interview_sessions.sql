-- prepdeck schema, version 5: mock interviews. A session belongs to the user who sat it (and is drawn
-- from one deck); its questions are the cards asked, in order, with what happened to each. The prompt
-- and topic are kept as asked, so the history reads the same after the notes change.
-- Answers given in an interview are also ordinary reviews (in reviews, by idempotency key): review_id
-- points at the one this question's grade made.
CREATE TABLE interview_sessions (
    id              INTEGER PRIMARY KEY,
    user_id         INTEGER NOT NULL REFERENCES users (id),
    deck_id         INTEGER NOT NULL REFERENCES decks (id),
    started_at      TEXT    NOT NULL,
    finished_at     TEXT,
    seed            INTEGER NOT NULL,
    question_limit  INTEGER NOT NULL CHECK (question_limit >= 1),
    minutes         INTEGER CHECK (minutes IS NULL OR minutes >= 1),
    topics          TEXT    NOT NULL,   -- chosen topic paths, one a line; empty: all topics
    language        TEXT    CHECK (language IS NULL OR language IN ('ru', 'uk', 'en'))
);
CREATE INDEX interview_sessions_by_user ON interview_sessions (user_id, started_at);

CREATE TABLE interview_questions (
    id           INTEGER PRIMARY KEY,
    session_id   INTEGER NOT NULL REFERENCES interview_sessions (id),
    position     INTEGER NOT NULL CHECK (position >= 0),
    card_id      INTEGER NOT NULL REFERENCES cards (id),
    main_card_id INTEGER NOT NULL REFERENCES cards (id),
    follow_up    INTEGER NOT NULL CHECK (follow_up IN (0, 1)),
    prompt       TEXT    NOT NULL,
    topic        TEXT    NOT NULL,
    language     TEXT    NOT NULL,
    asked_at     TEXT,
    answered_at  TEXT,
    answer       TEXT,
    revealed     INTEGER NOT NULL DEFAULT 0 CHECK (revealed IN (0, 1)),   -- thought, then revealed, without typing
    score        REAL    CHECK (score IS NULL OR score BETWEEN 0 AND 1),
    points       TEXT,                                                    -- JSON [{"text","covered"}]
    rating       INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 4),
    review_id    INTEGER REFERENCES reviews (id),
    skipped      INTEGER NOT NULL DEFAULT 0 CHECK (skipped IN (0, 1)),
    done_at      TEXT,
    UNIQUE (session_id, position)
);
