UPDATE sources
SET removed_at = :now
WHERE id = :source AND deck_id = :deck
