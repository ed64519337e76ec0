SELECT id, identity, kind, prompt, status
FROM cards
WHERE source_id = :source
ORDER BY position
