SELECT r.card_id, r.reviewed_at, r.rating, r.duration_ms
FROM reviews r
WHERE r.user_id = :user AND NOT EXISTS (SELECT 1 FROM review_undos u WHERE u.review_id = r.id)
ORDER BY r.card_id, r.reviewed_at, r.id
