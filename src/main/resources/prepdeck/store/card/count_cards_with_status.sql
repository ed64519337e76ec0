-- how many of the deck's live cards have one status
SELECT count(*) FROM cards c WHERE c.deck_id = :deck AND c.status = :status
