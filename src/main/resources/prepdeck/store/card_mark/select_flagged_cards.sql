SELECT m.card_id FROM card_marks m JOIN cards c ON c.id = m.card_id
WHERE m.user_id = :user AND c.deck_id = :deck AND m.flagged = 1
