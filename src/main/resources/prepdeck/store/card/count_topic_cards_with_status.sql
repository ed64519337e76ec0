-- how many cards with one status are directly in the topic with this path
SELECT count(*)
FROM topics t
JOIN cards c ON c.topic_id = t.id AND c.status = :status
WHERE t.deck_id = :deck
  AND t.path = :topic
