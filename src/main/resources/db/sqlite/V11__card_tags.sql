-- prepdeck schema, version 11: a card's tags, as an Anki package's notes carry them (issue 16: tags are kept on import
-- and go back out on export). Part of the notes, like snippets and references: rewritten when their source is imported.
CREATE TABLE card_tags (
    card_id   INTEGER NOT NULL REFERENCES cards (id),
    position  INTEGER NOT NULL CHECK (position >= 0),
    tag       TEXT    NOT NULL CHECK (length(tag) > 0),
    PRIMARY KEY (card_id, position)
) WITHOUT ROWID;
