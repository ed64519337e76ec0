INSERT INTO card_marks (user_id, card_id, suspended, buried_until_ms, flagged, updated_at)
VALUES (:user, :card, :suspended, :buriedUntil, :flagged, :updatedAt)
ON CONFLICT (user_id, card_id) DO UPDATE SET suspended = excluded.suspended, buried_until_ms = excluded.buried_until_ms,
    flagged = excluded.flagged, updated_at = excluded.updated_at
