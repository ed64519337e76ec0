-- prepdeck schema, version 1.
-- Ownership is drawn for the coming server mode: what the notes hold (sources, topics,
-- cards and their attachments) belongs to a deck; what a person does (reviews, settings)
-- belongs to a user. Single-user mode is one local user who owns one deck, both created here.
-- Times are UTC ISO-8601 text with milliseconds ("2024-05-01T09:30:00.000Z"), which sorts as it reads.

CREATE TABLE users (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    created_at  TEXT    NOT NULL
);

CREATE TABLE decks (
    id          INTEGER PRIMARY KEY,
    owner_id    INTEGER NOT NULL REFERENCES users (id),
    name        TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    UNIQUE (owner_id, name)
);

-- One imported file. parser_version lets a newer reader re-read a file whose bytes did not change.
-- root is the folder it was found under; when a later import of that folder no longer finds the file,
-- the source is marked removed and its cards retired (kept, with their history, should it come back).
CREATE TABLE sources (
    id              INTEGER PRIMARY KEY,
    deck_id         INTEGER NOT NULL REFERENCES decks (id),
    path            TEXT    NOT NULL,
    root            TEXT    NOT NULL,
    format          TEXT    NOT NULL,
    language        TEXT    NOT NULL,
    content_hash    TEXT    NOT NULL,
    parser_version  TEXT    NOT NULL,
    imported_at     TEXT    NOT NULL,
    removed_at      TEXT,
    UNIQUE (deck_id, path)
);

-- Topics are deck-wide and keyed by path, so "Docker" from two files is one topic.
CREATE TABLE topics (
    id          INTEGER PRIMARY KEY,
    deck_id     INTEGER NOT NULL REFERENCES decks (id),
    parent_id   INTEGER REFERENCES topics (id),
    title       TEXT    NOT NULL,
    path        TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    UNIQUE (deck_id, path)
);
CREATE INDEX topics_by_parent ON topics (parent_id);

-- Which sources declare which topics (an empty heading is still a topic of its file).
CREATE TABLE source_topics (
    source_id   INTEGER NOT NULL REFERENCES sources (id),
    topic_id    INTEGER NOT NULL REFERENCES topics (id),
    PRIMARY KEY (source_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX source_topics_by_topic ON source_topics (topic_id);

-- A card keeps its id for life: re-imports update it, retire it, revive it; they never delete it,
-- because reviews point at it.
CREATE TABLE cards (
    id          INTEGER PRIMARY KEY,
    deck_id     INTEGER NOT NULL REFERENCES decks (id),
    identity    TEXT    NOT NULL,
    source_id   INTEGER NOT NULL REFERENCES sources (id),
    topic_id    INTEGER REFERENCES topics (id),
    parent_id   INTEGER REFERENCES cards (id),
    kind        TEXT    NOT NULL CHECK (kind IN ('question', 'section', 'definition', 'list', 'command', 'cloze', 'snippet')),
    prompt      TEXT    NOT NULL,
    answer      TEXT    NOT NULL,
    language    TEXT    NOT NULL,
    line        INTEGER NOT NULL CHECK (line >= 1),
    status      TEXT    NOT NULL CHECK (status IN ('answered', 'gap', 'retired')),
    position    INTEGER NOT NULL,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    retired_at  TEXT,
    CHECK ((status = 'retired') = (retired_at IS NOT NULL)),
    UNIQUE (deck_id, identity)
);
CREATE INDEX cards_by_source ON cards (source_id, position);
CREATE INDEX cards_by_topic ON cards (topic_id, status);
CREATE INDEX cards_by_parent ON cards (parent_id);
CREATE INDEX cards_by_status ON cards (deck_id, status);

CREATE TABLE snippets (
    id               INTEGER PRIMARY KEY,
    card_id          INTEGER NOT NULL REFERENCES cards (id),
    position         INTEGER NOT NULL,
    language         TEXT    NOT NULL,
    code             TEXT    NOT NULL,
    expected_output  TEXT,
    line             INTEGER NOT NULL CHECK (line >= 1)
);
CREATE INDEX snippets_by_card ON snippets (card_id, position);

CREATE TABLE card_references (
    id        INTEGER PRIMARY KEY,
    card_id   INTEGER NOT NULL REFERENCES cards (id),
    position  INTEGER NOT NULL,
    type      TEXT    NOT NULL CHECK (type IN ('link', 'timecode')),
    url       TEXT,
    video     TEXT,
    seconds   INTEGER CHECK (seconds IS NULL OR seconds >= 0),
    label     TEXT,
    line      INTEGER NOT NULL CHECK (line >= 1),
    CHECK ((type = 'link' AND url IS NOT NULL) OR (type = 'timecode' AND video IS NOT NULL AND seconds IS NOT NULL))
);
CREATE INDEX card_references_by_card ON card_references (card_id, position);

-- The review log is append-only: nothing rewrites or removes what a user answered.
-- The same idempotency key from one user is one review (two tabs, a double click).
CREATE TABLE reviews (
    id               INTEGER PRIMARY KEY,
    user_id          INTEGER NOT NULL REFERENCES users (id),
    card_id          INTEGER NOT NULL REFERENCES cards (id),
    reviewed_at      TEXT    NOT NULL,
    rating           INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    duration_ms      INTEGER NOT NULL CHECK (duration_ms >= 0),
    state_before     TEXT,
    state_after      TEXT    NOT NULL,
    idempotency_key  TEXT    NOT NULL,
    UNIQUE (user_id, idempotency_key)
);
CREATE INDEX reviews_by_card ON reviews (user_id, card_id, reviewed_at);

CREATE TRIGGER reviews_are_never_updated BEFORE UPDATE ON reviews
BEGIN
    SELECT RAISE(ABORT, 'reviews are append-only');
END;

CREATE TRIGGER reviews_are_never_deleted BEFORE DELETE ON reviews
BEGIN
    SELECT RAISE(ABORT, 'reviews are append-only');
END;

CREATE TABLE settings (
    user_id  INTEGER NOT NULL REFERENCES users (id),
    key      TEXT    NOT NULL,
    value    TEXT    NOT NULL,
    PRIMARY KEY (user_id, key)
) WITHOUT ROWID;

-- One row per import run, with what it did.
CREATE TABLE imports (
    id                 INTEGER PRIMARY KEY,
    deck_id            INTEGER NOT NULL REFERENCES decks (id),
    user_id            INTEGER NOT NULL REFERENCES users (id),
    started_at         TEXT    NOT NULL,
    finished_at        TEXT    NOT NULL,
    roots              TEXT    NOT NULL,
    sources            INTEGER NOT NULL,
    topics             INTEGER NOT NULL,
    cards              INTEGER NOT NULL,
    gaps               INTEGER NOT NULL,
    snippets           INTEGER NOT NULL,
    retired            INTEGER NOT NULL,
    unchanged_sources  INTEGER NOT NULL,
    rejected_sources   INTEGER NOT NULL,
    diagnostics        INTEGER NOT NULL
);

INSERT INTO users (id, name, created_at) VALUES (1, 'local', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
INSERT INTO decks (id, owner_id, name, created_at) VALUES (1, 1, 'notes', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
