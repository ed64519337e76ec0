-- one page of the cards with one status directly in the topic with this path (not in its subtopics), by the topic index
SELECT c.id, c.prompt, c.stem, c.answer, c.kind, t.path AS topic, s.path AS source, c.line,
       c.language, c.status, c.parent_id
FROM topics t
JOIN cards c ON c.topic_id = t.id AND c.status = :status
JOIN sources s ON s.id = c.source_id
WHERE t.deck_id = :deck
  AND t.path = :topic
ORDER BY s.path, c.position
LIMIT :limit OFFSET :offset
