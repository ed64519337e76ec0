-- when each card of the deck last changed in a way the user can see
SELECT id, updated_at FROM cards WHERE deck_id = :deck
