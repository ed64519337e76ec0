-- the user's cards of this deck kept out of the queue at :now (suspended, or buried until later)
SELECT m.card_id FROM card_marks m JOIN cards c ON c.id = m.card_id
WHERE m.user_id = :user AND c.deck_id = :deck AND (m.suspended = 1 OR m.buried_until_ms > :now)
