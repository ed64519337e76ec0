-- every answer of the user to one card of this deck, undone ones included (marked), oldest first
SELECT r.id, r.card_id, r.reviewed_at, r.rating, r.duration_ms, r.state_before, r.state_after, r.idempotency_key,
       EXISTS (SELECT 1 FROM review_undos u WHERE u.review_id = r.id) AS undone
FROM reviews r
JOIN cards c ON c.id = r.card_id
WHERE r.user_id = :user AND c.deck_id = :deck AND r.card_id = :card
ORDER BY r.reviewed_at, r.id
