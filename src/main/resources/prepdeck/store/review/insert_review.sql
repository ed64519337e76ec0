INSERT INTO reviews (user_id, card_id, reviewed_at, rating, duration_ms, state_before, state_after, idempotency_key)
VALUES (:user, :card, :reviewedAt, :rating, :durationMs, :stateBefore, :stateAfter, :key)
RETURNING id
