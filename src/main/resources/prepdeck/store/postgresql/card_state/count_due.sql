-- as card_state/count_due.sql, without SQLite's INDEXED BY (PostgreSQL's planner picks card_states_by_due itself)
SELECT count(*)
FROM card_states s
JOIN cards c ON c.id = s.card_id
LEFT JOIN topics t ON t.id = c.topic_id
WHERE s.user_id = :user AND s.state IN ('Learning', 'Review', 'Relearning') AND s.due_ms <= :now
  AND c.deck_id = :deck AND c.status = 'answered'
  AND (:topic IS NULL OR t.path = :topic OR substr(t.path, 1, length(:topic) + 3) = :topic || ' / ')
