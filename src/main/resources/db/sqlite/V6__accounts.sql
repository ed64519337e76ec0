-- prepdeck schema, version 6: server mode's accounts. Single-user mode uses none of it: its "local" user
-- has no password and cannot log in.
-- Who may do what with a deck is deck_members (owner or learner); decks.owner_id stays the deck's creator,
-- which single-user mode uses to find its deck. A shared deck is read by every account (the course's notes).
-- Tokens and invitation codes are kept as their SHA-256 (hex), never as themselves.
-- Written in SQL both SQLite and PostgreSQL take; db/postgresql/V6__accounts.sql is the same with its types.

ALTER TABLE users ADD COLUMN password_hash TEXT;
ALTER TABLE users ADD COLUMN is_admin INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1));
-- names are unique as typed (V1); logins compare them case-insensitively, so the index must too
CREATE UNIQUE INDEX users_by_lower_name ON users (lower(name));

ALTER TABLE decks ADD COLUMN shared INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1));
-- the deck single-user mode filled becomes the shared deck of a server started on the same data
UPDATE decks SET shared = 1 WHERE id = 1;

CREATE TABLE deck_members (
    deck_id  INTEGER NOT NULL REFERENCES decks (id),
    user_id  INTEGER NOT NULL REFERENCES users (id),
    role     TEXT    NOT NULL CHECK (role IN ('owner', 'learner')),
    PRIMARY KEY (deck_id, user_id)
);
CREATE INDEX deck_members_by_user ON deck_members (user_id);

-- A login session. csrf_token is the secret every change made in the session must carry (it is shown to
-- the session's own pages, so it is kept as is). A session ends at expires_at (absolute), or after a
-- while unused (last_seen_at; the idle limit is the application's).
CREATE TABLE sessions (
    id            INTEGER PRIMARY KEY,
    token_hash    TEXT    NOT NULL UNIQUE,
    user_id       INTEGER NOT NULL REFERENCES users (id),
    deck_id       INTEGER NOT NULL REFERENCES decks (id),
    csrf_token    TEXT    NOT NULL,
    created_at    TEXT    NOT NULL,
    last_seen_at  TEXT    NOT NULL,
    expires_at    TEXT    NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

-- An invitation to sign up and learn from deck_id; usable once. created_by is empty for the operator's (CLI).
CREATE TABLE invitations (
    id          INTEGER PRIMARY KEY,
    code_hash   TEXT    NOT NULL UNIQUE,
    created_by  INTEGER REFERENCES users (id),
    deck_id     INTEGER NOT NULL REFERENCES decks (id),
    created_at  TEXT    NOT NULL,
    expires_at  TEXT    NOT NULL,
    used_by     INTEGER REFERENCES users (id),
    used_at     TEXT,
    CHECK ((used_by IS NULL) = (used_at IS NULL))
);
