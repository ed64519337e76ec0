-- prepdeck schema, version 13: a card's stem (issue 12), the material its question is about (a question's code and
-- its options, as Markdown), shown on the front under the prompt. Empty for a card whose prompt asks on its own.
ALTER TABLE cards ADD COLUMN stem TEXT NOT NULL DEFAULT '';
