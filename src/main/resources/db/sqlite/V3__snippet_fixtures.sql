-- prepdeck schema, version 3: files a card's snippets read (a "file.txt" the notes open but do not hold).
-- A fixture belongs to the card, and so to the card's deck; card ids survive re-imports, and so do fixtures.
-- Names are plain file names (checked by the use case too): no slashes, not "." or "..".
CREATE TABLE snippet_fixtures (
    id          INTEGER PRIMARY KEY,
    card_id     INTEGER NOT NULL REFERENCES cards (id),
    name        TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 255 AND instr(name, '/') = 0
                                        AND instr(name, '\') = 0 AND name NOT IN ('.', '..')),
    content     TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    UNIQUE (card_id, name)
);
