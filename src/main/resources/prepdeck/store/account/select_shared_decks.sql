SELECT id FROM decks WHERE shared ORDER BY id
