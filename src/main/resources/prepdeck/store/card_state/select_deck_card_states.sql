SELECT c.id AS card_id, t.path AS topic, s.state, s.stability, s.difficulty, s.step, s.reps, s.last_review_ms, s.due_ms
FROM cards c
LEFT JOIN topics t ON t.id = c.topic_id
LEFT JOIN card_states s ON s.user_id = :user AND s.card_id = c.id
WHERE c.deck_id = :deck AND c.status = 'answered'
ORDER BY c.id
