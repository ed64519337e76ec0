-- the session, its user, and the user's membership of the session's deck (none if they left it)
SELECT s.token_hash, s.user_id, s.deck_id, s.csrf_token, s.created_at, s.last_seen_at, s.expires_at,
       u.name, u.password_hash, u.is_admin,
       d.name AS deck_name, d.shared, m.role
FROM sessions s
JOIN users u ON u.id = s.user_id
JOIN decks d ON d.id = s.deck_id
LEFT JOIN deck_members m ON m.deck_id = s.deck_id AND m.user_id = s.user_id
WHERE s.token_hash = :token_hash
