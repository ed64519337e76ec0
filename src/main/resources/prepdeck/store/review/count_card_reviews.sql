-- Reviews of the given cards by anyone, undone ones left out
SELECT r.card_id, count(*) AS reviews
FROM reviews r
WHERE r.card_id IN (<ids>)
  AND NOT EXISTS (SELECT 1 FROM review_undos u WHERE u.review_id = r.id)
GROUP BY r.card_id
