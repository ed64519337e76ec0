SELECT c.id, c.prompt, c.stem, c.answer, c.kind, coalesce(t.path, '') AS topic, s.path AS source, c.line,
       c.language, c.status, c.parent_id
FROM cards c
JOIN sources s ON s.id = c.source_id
LEFT JOIN topics t ON t.id = c.topic_id
WHERE c.deck_id = :deck AND c.id = :id
