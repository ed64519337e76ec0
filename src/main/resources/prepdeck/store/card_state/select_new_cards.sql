SELECT c.id
FROM cards c
LEFT JOIN topics t ON t.id = c.topic_id
WHERE c.deck_id = :deck AND c.status = 'answered'
  AND (:topic IS NULL OR t.path = :topic OR substr(t.path, 1, length(:topic) + 3) = :topic || ' / ')
  AND NOT EXISTS (SELECT 1 FROM card_states s WHERE s.user_id = :user AND s.card_id = c.id)
  AND NOT EXISTS (SELECT 1 FROM card_marks m WHERE m.user_id = :user AND m.card_id = c.id AND (m.suspended = 1 OR m.buried_until_ms > :now))
ORDER BY c.id
LIMIT :limit
