-- shared decks first: a new session opens on the course's notes
SELECT d.id AS deck_id, d.name AS deck_name, d.shared, m.role
FROM deck_members m
JOIN decks d ON d.id = m.deck_id
WHERE m.user_id = :user
ORDER BY d.shared DESC, d.id
