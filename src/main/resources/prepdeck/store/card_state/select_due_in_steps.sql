SELECT s.card_id, s.state, s.stability, s.difficulty, s.step, s.reps, s.last_review_ms, s.due_ms
FROM card_states s INDEXED BY card_states_by_due
JOIN cards c ON c.id = s.card_id
LEFT JOIN topics t ON t.id = c.topic_id
WHERE s.user_id = :user AND s.state IN ('Learning', 'Relearning') AND s.due_ms <= :until
  AND c.deck_id = :deck AND c.status = 'answered'
  AND (:topic IS NULL OR t.path = :topic OR substr(t.path, 1, length(:topic) + 3) = :topic || ' / ')
  AND NOT EXISTS (SELECT 1 FROM card_marks m WHERE m.user_id = :user AND m.card_id = c.id AND (m.suspended = 1 OR m.buried_until_ms > :until))
ORDER BY s.due_ms, s.card_id
LIMIT :limit
