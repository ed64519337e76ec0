SELECT r.id, r.card_id, r.reviewed_at, r.rating, r.duration_ms, r.state_before, r.state_after, r.idempotency_key,
       EXISTS (SELECT 1 FROM review_undos u WHERE u.review_id = r.id) AS undone
FROM reviews r
WHERE r.user_id = :user AND r.idempotency_key = :key
