-- Moves a card's identity out of the way before an import hands it, or another, a new one
UPDATE cards SET identity = :identity
WHERE id = :id AND deck_id = :deck
