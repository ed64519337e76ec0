-- the user's latest answer not undone on this deck: "undo" walks back one deck's answers, not the user's
-- answers on every deck they learn from
SELECT r.id, r.card_id, r.reviewed_at, r.rating, r.duration_ms, r.state_before, r.state_after, r.idempotency_key,
       EXISTS (SELECT 1 FROM review_undos u WHERE u.review_id = r.id) AS undone
FROM reviews r
JOIN cards c ON c.id = r.card_id
WHERE r.user_id = :user AND c.deck_id = :deck AND NOT EXISTS (SELECT 1 FROM review_undos u WHERE u.review_id = r.id)
ORDER BY r.id DESC
LIMIT 1
