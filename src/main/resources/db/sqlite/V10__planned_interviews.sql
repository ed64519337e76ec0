-- Interviews the user prepares for (issue 19): several per user, each with a day, a name, a scope (topic paths,
-- one a line, or a search query) and an importance; and priorities: a topic's (must, likely, unlikely) and a card's
-- "asked before" flag. The user's, as settings are: they plan the user's practice.
CREATE TABLE planned_interviews (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users (id),
    name        TEXT    NOT NULL,
    day         TEXT    NOT NULL,
    topics      TEXT    NOT NULL DEFAULT '',
    query       TEXT,
    importance  REAL    NOT NULL DEFAULT 1 CHECK (importance > 0 AND importance <= 10),
    created_at  TEXT    NOT NULL
);
CREATE INDEX planned_interviews_by_user ON planned_interviews (user_id, day);

CREATE TABLE plan_priorities (
    user_id  INTEGER NOT NULL REFERENCES users (id),
    kind     TEXT    NOT NULL CHECK (kind IN ('topic', 'card')),
    target   TEXT    NOT NULL,
    priority TEXT    NOT NULL CHECK (priority IN ('must', 'likely', 'unlikely', 'asked')),
    PRIMARY KEY (user_id, kind, target)
) WITHOUT ROWID;
