INSERT INTO card_states (user_id, card_id, state, stability, difficulty, step, reps, last_review_ms, due_ms, introduced_ms)
VALUES (:user, :card, :state, :stability, :difficulty, :step, :reps, :lastReview, :due, :introduced)
ON CONFLICT (user_id, card_id) DO UPDATE SET
    state = excluded.state, stability = excluded.stability, difficulty = excluded.difficulty, step = excluded.step,
    reps = excluded.reps, last_review_ms = excluded.last_review_ms, due_ms = excluded.due_ms
