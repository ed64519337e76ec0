-- as card_state/select_due_card_ids.sql, without SQLite's INDEXED BY (PostgreSQL's planner picks card_states_by_due itself)
SELECT s.card_id
FROM card_states s
JOIN cards c ON c.id = s.card_id
WHERE s.user_id = :user AND s.state IN ('Learning', 'Review', 'Relearning') AND s.due_ms <= :now
  AND c.deck_id = :deck AND c.status = 'answered'
  AND NOT EXISTS (SELECT 1 FROM card_marks m WHERE m.user_id = :user AND m.card_id = c.id AND (m.suspended = 1 OR m.buried_until_ms > :now))
