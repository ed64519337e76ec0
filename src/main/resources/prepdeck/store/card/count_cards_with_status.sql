-- how many live cards have one status, in the whole deck or directly in one topic
SELECT count(*)
FROM cards c
LEFT JOIN topics t ON t.id = c.topic_id
WHERE c.deck_id = :deck
  AND c.status = :status
  AND (:topic IS NULL OR coalesce(t.path, '') = :topic)
