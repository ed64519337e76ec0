-- moves with every answer (a new id) and every undo (one more undo): a cache of what the answers imply is kept while it stands
SELECT coalesce(max(r.id), 0) || '/' || (SELECT count(*) FROM review_undos u JOIN reviews r2 ON r2.id = u.review_id WHERE r2.user_id = :user)
FROM reviews r
WHERE r.user_id = :user
