-- single-user mode: the local user and the deck the first migration made for them
SELECT d.id AS deck_id, u.id AS user_id
FROM decks d
JOIN users u ON u.id = d.owner_id
WHERE u.name = 'local' AND d.name = 'notes'
