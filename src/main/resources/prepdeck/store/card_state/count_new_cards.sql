-- live answered cards the user has never reviewed and that are not held out of the queue at :now
SELECT count(*)
FROM cards c
WHERE c.deck_id = :deck AND c.status = 'answered'
  AND NOT EXISTS (SELECT 1 FROM card_states s WHERE s.user_id = :user AND s.card_id = c.id)
  AND NOT EXISTS (SELECT 1 FROM card_marks m WHERE m.user_id = :user AND m.card_id = c.id AND (m.suspended = 1 OR m.buried_until_ms > :now))
