-- one deck by id, with its owner (learners' memberships are another table's)
SELECT id, name, owner_id
FROM decks
WHERE id = :deck
