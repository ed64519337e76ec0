SELECT card_id, state, stability, difficulty, step, reps, last_review_ms, due_ms
FROM card_states
WHERE user_id = :user AND card_id IN (<ids>)
