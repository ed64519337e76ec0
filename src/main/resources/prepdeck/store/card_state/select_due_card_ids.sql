SELECT s.card_id
FROM card_states s INDEXED BY card_states_by_due
JOIN cards c ON c.id = s.card_id
WHERE s.user_id = :user AND s.state IN ('Learning', 'Review', 'Relearning') AND s.due_ms <= :now
  AND c.deck_id = :deck AND c.status = 'answered'
